package io.competency.evaluation;

import io.competency.catalog.PerformanceRequirement;
import java.util.List;
import java.util.Objects;

/**
 * The verdict on a performance requirement: met when every metric is met and the partner holds every
 * required authorization. {@code metrics} follow the order of the requirement's metrics;
 * {@code excludedDeployments} and {@code excludedRevenue} list, in input order, what did not count
 * toward one of them; {@code missingAuthorizations} are the required authorization codes the partner
 * does not hold.
 */
public record PerformanceResult(
    PerformanceRequirement requirement,
    boolean met,
    List<MetricResult> metrics,
    List<ExcludedDeployment> excludedDeployments,
    List<ExcludedRevenue> excludedRevenue,
    List<String> missingAuthorizations) implements RequirementResult {

  public PerformanceResult {
    Objects.requireNonNull(requirement, "requirement");
    metrics = List.copyOf(metrics);
    excludedDeployments = DeploymentExclusions.copyOf(excludedDeployments);
    excludedRevenue = RevenueExclusions.copyOf(excludedRevenue);
    missingAuthorizations = List.copyOf(missingAuthorizations);
    if (metrics.isEmpty()) {
      throw new IllegalArgumentException("a performance result needs at least one metric");
    }
  }

  /** A result with deployments only: no revenue lines, no authorizations. */
  public PerformanceResult(PerformanceRequirement requirement, boolean met, List<MetricResult> metrics,
      List<ExcludedDeployment> excludedDeployments) {
    this(requirement, met, metrics, excludedDeployments, List.of(), List.of());
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
