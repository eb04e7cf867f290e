package io.competency.evaluation;

import io.competency.catalog.PerformanceRequirement;
import java.util.List;
import java.util.Objects;

/**
 * The verdict on a performance requirement: met when every metric is met. {@code metrics} follow the
 * order of the requirement's metrics; {@code excludedDeployments} list what did not count, in input order.
 */
public record PerformanceResult(
    PerformanceRequirement requirement,
    boolean met,
    List<MetricResult> metrics,
    List<ExcludedDeployment> excludedDeployments) implements RequirementResult {

  public PerformanceResult {
    Objects.requireNonNull(requirement, "requirement");
    metrics = List.copyOf(metrics);
    excludedDeployments = List.copyOf(excludedDeployments);
    if (metrics.isEmpty()) {
      throw new IllegalArgumentException("a performance result needs at least one metric");
    }
  }

  @Override
  public int required() {
    return metrics.get(0).required();
  }

  @Override
  public int actual() {
    return metrics.get(0).actual();
  }

  @Override
  public int shortfall() {
    return metrics.get(0).shortfall();
  }
}
