package io.competency.catalog;

import java.util.List;
import java.util.Objects;

/**
 * A metric with its required value per market. {@code windowMonths} is null when the metric counts
 * without a time window. {@code eligibleWorkloads} is empty when the metric counts the workloads of its
 * requirement, and lists its own when it counts other products (one step of Enterprise Operations sums
 * two revenue figures over different products).
 */
public record MetricThreshold(Metric metric, Integer windowMonths, List<MarketThreshold> thresholds,
    List<String> eligibleWorkloads) {

  public MetricThreshold {
    Objects.requireNonNull(metric, "metric");
    thresholds = List.copyOf(thresholds);
    eligibleWorkloads = List.copyOf(eligibleWorkloads);
  }

  /** A metric counting its requirement's workloads. */
  public MetricThreshold(Metric metric, Integer windowMonths, List<MarketThreshold> thresholds) {
    this(metric, windowMonths, thresholds, List.of());
  }

  public MetricUnit unit() {
    return metric.unit();
  }

  /** The workloads this metric counts: its own list, else {@code requirementWorkloads}. */
  public List<String> workloadsOr(List<String> requirementWorkloads) {
    return eligibleWorkloads.isEmpty() ? requirementWorkloads : eligibleWorkloads;
  }

  /** The value required in this market: the market's own threshold, else the all-markets one, else null. */
  public MarketThreshold thresholdFor(String market) {
    MarketThreshold everyMarket = null;
    for (MarketThreshold t : thresholds) {
      if (market.equals(t.market())) {
        return t;
      }
      if (t.market() == null) {
        everyMarket = t;
      }
    }
    return everyMarket;
  }
}
