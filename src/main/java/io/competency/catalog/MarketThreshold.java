package io.competency.catalog;

/**
 * The value a metric must reach in one market ({@code market} null: in every market), with the
 * sentence the source page states it in ({@code description}, may be null).
 */
public record MarketThreshold(String market, int value, Translations description) {
  public MarketThreshold {
    if (value < 0) {
      throw new IllegalArgumentException("threshold value must not be negative");
    }
  }
}
