package io.competency.evaluation;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One workload (by code) deployed at a customer, with its active users, whether it is a trial SKU, and
 * since when it is deployed ({@code since}, null when unknown: the customer's date then applies).
 */
public record DeploymentData(String workload, int activeUsers, boolean trial, LocalDate since) {
  public DeploymentData {
    Objects.requireNonNull(workload, "workload");
    if (activeUsers < 0) {
      throw new IllegalArgumentException("active users must not be negative");
    }
  }

  /** A deployment with no date of its own. */
  public DeploymentData(String workload, int activeUsers, boolean trial) {
    this(workload, activeUsers, trial, null);
  }
}
