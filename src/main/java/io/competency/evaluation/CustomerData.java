package io.competency.evaluation;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A customer of the partner: its association type codes with the partner, when the partner first
 * associated with it ({@code since}, null when unknown), its deployments and its revenue lines.
 */
public record CustomerData(String id, List<String> associations, LocalDate since, List<DeploymentData> deployments,
    List<RevenueData> revenue) {

  public CustomerData {
    Objects.requireNonNull(id, "id");
    associations = List.copyOf(associations);
    deployments = List.copyOf(deployments);
    revenue = List.copyOf(revenue);
  }

  /** A customer without revenue lines. */
  public CustomerData(String id, List<String> associations, LocalDate since, List<DeploymentData> deployments) {
    this(id, associations, since, deployments, List.of());
  }
}
