package io.competency.evaluation;

import io.competency.catalog.Metric;
import java.util.Objects;

/** One metric of a performance requirement: what was required, what was counted and what is missing. */
public record MetricResult(Metric metric, boolean met, int required, int actual, int shortfall) {
  public MetricResult {
    Objects.requireNonNull(metric, "metric");
  }

  /** The result of counting {@code actual} against {@code required}: met when actual reaches it. */
  public static MetricResult of(Metric metric, int required, int actual) {
    return new MetricResult(metric, actual >= required, required, actual, Math.max(0, required - actual));
  }
}
