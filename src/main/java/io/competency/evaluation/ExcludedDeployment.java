package io.competency.evaluation;

import java.util.Objects;

/** A deployment left out of a performance requirement's count, with the first reason that applies. */
public record ExcludedDeployment(String customerId, String workload, int activeUsers, ExclusionReason reason) {
  public ExcludedDeployment {
    Objects.requireNonNull(customerId, "customerId");
    Objects.requireNonNull(workload, "workload");
    Objects.requireNonNull(reason, "reason");
  }
}
