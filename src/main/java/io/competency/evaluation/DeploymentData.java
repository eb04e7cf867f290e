package io.competency.evaluation;

import java.util.Objects;

/** One workload (by code) deployed at a customer, with its active users and whether it is a trial SKU. */
public record DeploymentData(String workload, int activeUsers, boolean trial) {
  public DeploymentData {
    Objects.requireNonNull(workload, "workload");
    if (activeUsers < 0) {
      throw new IllegalArgumentException("active users must not be negative");
    }
  }
}
