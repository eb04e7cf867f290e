package io.competency.evaluatemutation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The partner data of one {@code EvaluateInput}, built fluently for the bundled Cloud Productivity
 * option, as of 2017-07-07 (the page's revision):
 *
 * <pre>{@code
 * Partner.in(DEVELOPED)
 *     .customer("contoso", List.of(DELEGATED_ADMIN), deployment(EXCHANGE, 2000))
 *     .individual("alice", MCSA)
 *     .input();
 * }</pre>
 *
 * {@link #input()} returns a fresh map each time (what the client sends as {@code $input}), so a row of a
 * table can vary one field without touching another.
 */
final class Partner {
  static final String COMPETENCY = "cloud-productivity";
  static final String OPTION = "managed-service-partner";
  static final String AS_OF = "2017-07-07";

  static final String DEVELOPED = "DEVELOPED";
  static final String DEVELOPING = "DEVELOPING";

  static final String EXCHANGE = "EXCHANGE_ONLINE";
  static final String SHAREPOINT = "SHAREPOINT_ONLINE";
  static final String SKYPE = "SKYPE_FOR_BUSINESS";
  static final String YAMMER = "YAMMER";
  static final String PROPLUS = "PROPLUS";
  /** Every workload the page calls eligible. */
  static final List<String> ELIGIBLE_WORKLOADS = List.of(EXCHANGE, SHAREPOINT, SKYPE, YAMMER, PROPLUS);

  static final String DELEGATED_ADMIN = "DELEGATED_ADMIN";
  static final String TRANSACTING_PARTNER = "TRANSACTING_PARTNER";
  static final String DIGITAL_PARTNER_OF_RECORD = "DIGITAL_PARTNER_OF_RECORD";
  static final String FAST_TRACK_PARTNER = "FAST_TRACK_PARTNER";
  /** The partner is associated with the customer as Office 365 Delegated Administrator. */
  static final List<String> DELEGATED = List.of(DELEGATED_ADMIN);
  /** No association with the customer at all. */
  static final List<String> UNASSOCIATED = List.of();

  static final String EXAM_346 = "70-346";
  static final String EXAM_347 = "70-347";
  static final String MCSA = "MCSA-OFFICE-365";

  private final Map<String, Object> fields = new LinkedHashMap<>();
  private final List<Map<String, Object>> customers = new ArrayList<>();
  private final List<Map<String, Object>> individuals = new ArrayList<>();

  private Partner(String market) {
    fields.put("competency", COMPETENCY);
    fields.put("option", OPTION);
    fields.put("market", market);
    fields.put("asOf", AS_OF);
  }

  /** A partner in {@code market} with no customers and no individuals yet. */
  static Partner in(String market) {
    return new Partner(market);
  }

  /** Adds a customer without a {@code since} date. */
  Partner customer(String id, List<String> associations, Map<?, ?>... deployments) {
    return customerSince(id, associations, null, deployments);
  }

  /** Adds a customer the partner first associated with on {@code since} (an ISO date, or null). */
  Partner customerSince(String id, List<String> associations, String since, Map<?, ?>... deployments) {
    Map<String, Object> customer = new LinkedHashMap<>();
    customer.put("id", id);
    customer.put("associations", List.copyOf(associations));
    if (since != null) {
      customer.put("since", since);
    }
    customer.put("deployments", Arrays.asList(deployments));
    customers.add(customer);
    return this;
  }

  /** Adds an individual holding these credential codes. */
  Partner individual(String id, String... credentials) {
    Map<String, Object> individual = new LinkedHashMap<>();
    individual.put("id", id);
    individual.put("credentials", List.of(credentials));
    individuals.add(individual);
    return this;
  }

  /** Sets a top-level field of the input ({@code reference}, {@code asOf}, …); null leaves it out. */
  Partner with(String field, Object value) {
    if (value == null) {
      fields.remove(field);
    } else {
      fields.put(field, value);
    }
    return this;
  }

  /** The {@code EvaluateInput} as the client sends it. */
  Map<String, Object> input() {
    Map<String, Object> input = new LinkedHashMap<>(fields);
    input.put("customers", customers.stream().map(LinkedHashMap::new).toList());
    input.put("individuals", individuals.stream().map(LinkedHashMap::new).toList());
    return input;
  }

  static Map<String, Object> deployment(String workload, Object activeUsers) {
    return Map.of("workload", workload, "activeUsers", activeUsers);
  }

  static Map<String, Object> trial(String workload, int activeUsers) {
    return Map.of("workload", workload, "activeUsers", activeUsers, "trial", true);
  }
}
