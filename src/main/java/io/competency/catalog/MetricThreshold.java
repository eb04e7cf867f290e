package io.competency.catalog;

import java.util.List;
import java.util.Objects;

/**
 * A metric with its required value per market. {@code windowMonths} is null when the metric counts
 * without a time window.
 */
public record MetricThreshold(Metric metric, Integer windowMonths, List<MarketThreshold> thresholds) {
  public MetricThreshold {
    Objects.requireNonNull(metric, "metric");
    thresholds = List.copyOf(thresholds);
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
