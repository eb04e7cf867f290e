package io.competency.partnermutation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One partner's data, built fluently with the contract's input names, as an {@code EvaluatePartnerInput}
 * ({@link #input()}) or, for one option, an {@code EvaluateInput} ({@link #inputFor}). A partner is in the
 * developed markets as of 2017-07-07 unless told otherwise. A copy ({@link #copy()}) can be changed apart:
 * what following a plan adds goes to a copy.
 *
 * <pre>{@code
 * Partner.in(DEVELOPED)
 *     .customer(customer("contoso", "DELEGATED_ADMIN").deployment("EXCHANGE_ONLINE", 1500))
 *     .individual("ana", "70-346")
 *     .with("clientMutationId", "contoso-1")
 *     .input();
 * }</pre>
 */
final class Partner {
  static final String AS_OF = "2017-07-07";
  static final String DEVELOPED = "DEVELOPED";
  static final String DEVELOPING = "DEVELOPING";

  private String market;
  private String asOf = AS_OF;
  private final List<Customer> customers = new ArrayList<>();
  /** Each individual: its id, then the codes it holds (ids may repeat, as a client may send them). */
  private final List<List<String>> individuals = new ArrayList<>();
  private final List<Map<String, Object>> shipments = new ArrayList<>();
  private final List<String> authorizations = new ArrayList<>();
  private final Map<String, Object> extra = new LinkedHashMap<>();

  private Partner(String market) {
    this.market = Objects.requireNonNull(market, "market");
  }

  static Partner in(String market) {
    return new Partner(market);
  }

  Partner asOf(String date) {
    this.asOf = date;
    return this;
  }

  Partner customer(Customer customer) {
    customers.add(customer);
    return this;
  }

  /** Adds an individual holding these credential codes. */
  Partner individual(String id, String... credentials) {
    List<String> individual = new ArrayList<>();
    individual.add(id);
    individual.addAll(List.of(credentials));
    individuals.add(individual);
    return this;
  }

  /** The individual {@code id} (added if missing) now also holds {@code credential}. */
  Partner earns(String id, String credential) {
    individuals.stream().filter(i -> i.get(0).equals(id)).findFirst().orElseGet(() -> {
      individual(id);
      return individuals.get(individuals.size() - 1);
    }).add(credential);
    return this;
  }

  Partner shipment(String workload, String date, int units) {
    shipments.add(Map.of("workload", workload, "date", date, "units", units));
    return this;
  }

  Partner authorization(String code) {
    authorizations.add(code);
    return this;
  }

  /** Sets another field of the input ({@code clientMutationId}, {@code competencies}, {@code reference}…). */
  Partner with(String field, Object value) {
    extra.put(field, value);
    return this;
  }

  boolean hasCustomer(String id) {
    return customers.stream().anyMatch(c -> c.id.equals(id));
  }

  /** The {@code EvaluatePartnerInput} as the client sends it. */
  Map<String, Object> input() {
    Map<String, Object> input = new LinkedHashMap<>();
    input.put("market", market);
    input.put("asOf", asOf);
    input.put("customers", customers.stream().map(Customer::input).toList());
    input.put("individuals", individuals.stream()
        .map(i -> Map.<String, Object>of("id", i.get(0), "credentials", List.copyOf(i.subList(1, i.size())))).toList());
    input.put("shipments", List.copyOf(shipments));
    input.put("authorizations", List.copyOf(authorizations));
    input.putAll(extra);
    return input;
  }

  /** The same data as an {@code EvaluateInput} for one option (without {@code competencies}). */
  Map<String, Object> inputFor(String competency, String option) {
    Map<String, Object> input = input();
    input.remove("competencies");
    input.put("competency", competency);
    input.put("option", option);
    return input;
  }

  /** A deep copy, to change apart. */
  Partner copy() {
    Partner copy = new Partner(market).asOf(asOf);
    customers.forEach(c -> copy.customers.add(c.copy()));
    individuals.forEach(i -> copy.individuals.add(new ArrayList<>(i)));
    copy.shipments.addAll(shipments);
    copy.authorizations.addAll(authorizations);
    copy.extra.putAll(extra);
    return copy;
  }

  static Customer customer(String id, String... associations) {
    return new Customer(id, List.of(associations));
  }

  /** One {@code CustomerInput}. */
  static final class Customer {
    private final String id;
    private final List<String> associations;
    private String since;
    private final List<Map<String, Object>> deployments = new ArrayList<>();
    private final List<Map<String, Object>> revenue = new ArrayList<>();

    private Customer(String id, List<String> associations) {
      this.id = id;
      this.associations = associations;
    }

    Customer since(String date) {
      this.since = date;
      return this;
    }

    Customer deployment(String workload, int activeUsers) {
      deployments.add(Map.of("workload", workload, "activeUsers", activeUsers));
      return this;
    }

    /** A deployment with every field: its own date (null: none) and whether it is a trial. */
    Customer deployment(String workload, int activeUsers, boolean trial, String date) {
      Map<String, Object> deployment = new LinkedHashMap<>(Map.of("workload", workload, "activeUsers", activeUsers, "trial", trial));
      if (date != null) {
        deployment.put("since", date);
      }
      deployments.add(deployment);
      return this;
    }

    /** A revenue line ({@code NET_NEW}, {@code RENEWAL} or {@code CONSUMPTION}); the amount is a decimal string. */
    Customer revenue(String workload, String date, String amountUsd, String type) {
      revenue.add(Map.of("workload", workload, "date", date, "amountUsd", amountUsd, "type", type));
      return this;
    }

    private Customer copy() {
      Customer copy = new Customer(id, associations);
      copy.since = since;
      copy.deployments.addAll(deployments);
      copy.revenue.addAll(revenue);
      return copy;
    }

    private Map<String, Object> input() {
      Map<String, Object> customer = new LinkedHashMap<>();
      customer.put("id", id);
      customer.put("associations", associations);
      if (since != null) {
        customer.put("since", since);
      }
      customer.put("deployments", List.copyOf(deployments));
      customer.put("revenue", List.copyOf(revenue));
      return customer;
    }
  }
}
