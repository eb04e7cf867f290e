package io.competency.evaluation;

import java.util.List;

/**
 * Everything about a partner that tiers are judged on: its customers (with their deployments and
 * revenue lines), its people and their credentials, its device shipments and the authorizations it
 * holds (codes).
 */
public record PartnerData(List<CustomerData> customers, List<IndividualData> individuals, List<ShipmentData> shipments,
    List<String> authorizations) {

  public PartnerData {
    customers = List.copyOf(customers);
    individuals = List.copyOf(individuals);
    shipments = List.copyOf(shipments);
    authorizations = List.copyOf(authorizations);
  }

  /** Customers and individuals only: no shipments, no authorizations. */
  public PartnerData(List<CustomerData> customers, List<IndividualData> individuals) {
    this(customers, individuals, List.of(), List.of());
  }
}
