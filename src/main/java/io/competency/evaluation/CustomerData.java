package io.competency.evaluation;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A customer of the partner: its association type codes with the partner, when the partner first
 * associated with it ({@code since}, null when unknown) and its deployments.
 */
public record CustomerData(String id, List<String> associations, LocalDate since, List<DeploymentData> deployments) {
  public CustomerData {
    Objects.requireNonNull(id, "id");
    associations = List.copyOf(associations);
    deployments = List.copyOf(deployments);
  }
}
