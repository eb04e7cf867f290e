package io.competency.evaluation;

import io.competency.catalog.Metric;
import io.competency.catalog.MetricUnit;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * One metric of a performance requirement: what was required, what was counted and what is missing,
 * in the metric's unit. For money, {@code required}, {@code actual} and {@code shortfall} are whole US
 * dollars, {@code actual} rounded down, so the metric is met exactly when the exact sum
 * ({@code actualAmount}) reaches the threshold; for counts {@code actualAmount} equals {@code actual}.
 */
public record MetricResult(Metric metric, boolean met, int required, int actual, int shortfall, BigDecimal actualAmount) {
  public MetricResult {
    Objects.requireNonNull(metric, "metric");
    Objects.requireNonNull(actualAmount, "actualAmount");
  }

  /** A count's result, its exact amount the count itself. */
  public MetricResult(Metric metric, boolean met, int required, int actual, int shortfall) {
    this(metric, met, required, actual, shortfall, BigDecimal.valueOf(actual));
  }

  /** The result of counting {@code actual} against {@code required}: met when actual reaches it. */
  public static MetricResult of(Metric metric, int required, int actual) {
    return new MetricResult(metric, actual >= required, required, actual, Math.max(0, required - actual));
  }

  /** The result of an exact amount against a whole-number threshold; {@code actual} is the amount rounded down. */
  public static MetricResult of(Metric metric, int required, BigDecimal amount) {
    BigDecimal floor = amount.setScale(0, RoundingMode.FLOOR);
    int actual = floor.max(BigDecimal.valueOf(Integer.MIN_VALUE)).min(BigDecimal.valueOf(Integer.MAX_VALUE)).intValueExact();
    long shortfall = Math.max(0L, (long) required - actual);
    return new MetricResult(metric, amount.compareTo(BigDecimal.valueOf(required)) >= 0, required, actual,
        (int) Math.min(shortfall, Integer.MAX_VALUE), amount);
  }

  public MetricUnit unit() {
    return metric.unit();
  }
}
