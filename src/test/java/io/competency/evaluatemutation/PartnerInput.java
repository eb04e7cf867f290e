package io.competency.evaluatemutation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The partner data of one {@code EvaluateInput} for any option of the bundled catalog, built fluently
 * with the contract's input names ({@code CustomerInput.revenue}, {@code RevenueInput},
 * {@code DeploymentInput.since}, {@code ShipmentInput}, {@code authorizations}). A partner is in the
 * developed markets as of 2017-07-07 (the pages' revision) unless told otherwise:
 *
 * <pre>{@code
 * PartnerInput.forOption("cloud-customer-relationship-management", "cloud-crm-reseller")
 *     .customer(customer("contoso", DYNAMICS_PARTNER_OF_RECORD).netNew("CRM_ONLINE", "2016-09-01", "120000.00"))
 *     .individual("ana", "MB2-714", "MB2-710")
 *     .input();
 * }</pre>
 *
 * Amounts are written as decimal strings, exactly as a client sends a {@code BigDecimal}.
 * {@link #input()} returns a fresh map each time (what the client sends as {@code $input}).
 */
final class PartnerInput {
  static final String AS_OF = "2017-07-07";
  static final String DEVELOPED = "DEVELOPED";
  static final String DEVELOPING = "DEVELOPING";

  private final String competency;
  private final String option;
  private String market = DEVELOPED;
  private String asOf = AS_OF;
  private final List<Customer> customers = new ArrayList<>();
  private final List<Map<String, Object>> individuals = new ArrayList<>();
  private final List<Map<String, Object>> shipments = new ArrayList<>();
  private final List<String> authorizations = new ArrayList<>();

  private PartnerInput(String competency, String option) {
    this.competency = Objects.requireNonNull(competency, "competency");
    this.option = Objects.requireNonNull(option, "option");
  }

  /** A partner in the developed markets, as of 2017-07-07, with nothing yet, evaluated for this option. */
  static PartnerInput forOption(String competency, String option) {
    return new PartnerInput(competency, option);
  }

  PartnerInput in(String market) {
    this.market = market;
    return this;
  }

  PartnerInput asOf(String date) {
    this.asOf = date;
    return this;
  }

  PartnerInput customer(Customer customer) {
    customers.add(customer);
    return this;
  }

  /** Adds an individual holding these credential codes. */
  PartnerInput individual(String id, String... credentials) {
    Map<String, Object> individual = new LinkedHashMap<>();
    individual.put("id", id);
    individual.put("credentials", List.of(credentials));
    individuals.add(individual);
    return this;
  }

  /** Adds {@code count} individuals {@code prefix-1} … {@code prefix-count}, each holding these credentials. */
  PartnerInput individuals(int count, String prefix, String... credentials) {
    for (int i = 1; i <= count; i++) {
      individual(prefix + "-" + i, credentials);
    }
    return this;
  }

  /** Adds a shipment of {@code units} devices of {@code workload} on {@code date}. */
  PartnerInput shipment(String workload, String date, int units) {
    shipments.add(Map.of("workload", workload, "date", date, "units", units));
    return this;
  }

  /** The partner holds this authorization. */
  PartnerInput authorization(String code) {
    authorizations.add(code);
    return this;
  }

  /** The {@code EvaluateInput} as the client sends it. */
  Map<String, Object> input() {
    Map<String, Object> input = new LinkedHashMap<>();
    input.put("competency", competency);
    input.put("option", option);
    input.put("market", market);
    input.put("asOf", asOf);
    input.put("customers", customers.stream().map(Customer::input).toList());
    input.put("individuals", individuals.stream().map(LinkedHashMap::new).toList());
    input.put("shipments", List.copyOf(shipments));
    input.put("authorizations", List.copyOf(authorizations));
    return input;
  }

  @Override
  public String toString() {
    return competency + "/" + option;
  }

  /** A customer with these associations with the partner (none at all is allowed). */
  static Customer customer(String id, String... associations) {
    return new Customer(id, List.of(associations));
  }

  /** One {@code CustomerInput}: associations, an optional {@code since}, deployments and revenue lines. */
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

    /** The partner first associated with this customer on {@code date}. */
    Customer since(String date) {
      this.since = date;
      return this;
    }

    /** A paid deployment with no date of its own. */
    Customer deployment(String workload, int activeUsers) {
      deployments.add(Map.of("workload", workload, "activeUsers", activeUsers));
      return this;
    }

    /** A paid deployment made on {@code date}. */
    Customer deploymentSince(String workload, int activeUsers, String date) {
      deployments.add(Map.of("workload", workload, "activeUsers", activeUsers, "since", date));
      return this;
    }

    /** A trial deployment with no date of its own. */
    Customer trial(String workload, int activeUsers) {
      deployments.add(Map.of("workload", workload, "activeUsers", activeUsers, "trial", true));
      return this;
    }

    /** A {@code NET_NEW} revenue line (a negative amount is a credit). */
    Customer netNew(String workload, String date, String amountUsd) {
      return revenue(workload, date, amountUsd, "NET_NEW");
    }

    /** A {@code RENEWAL} revenue line. */
    Customer renewal(String workload, String date, String amountUsd) {
      return revenue(workload, date, amountUsd, "RENEWAL");
    }

    /** A {@code CONSUMPTION} revenue line. */
    Customer consumption(String workload, String date, String amountUsd) {
      return revenue(workload, date, amountUsd, "CONSUMPTION");
    }

    private Customer revenue(String workload, String date, String amountUsd, String type) {
      revenue.add(Map.of("workload", workload, "date", date, "amountUsd", amountUsd, "type", type));
      return this;
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
