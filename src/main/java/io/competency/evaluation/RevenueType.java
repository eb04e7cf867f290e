package io.competency.evaluation;

import io.competency.catalog.Metric;

/** What a revenue line is: new license revenue, a renewal, or cloud consumption. */
public enum RevenueType {
  NET_NEW,
  RENEWAL,
  CONSUMPTION;

  /**
   * Whether a line of this type adds to {@code metric}: {@code NET_NEW_REVENUE} sums new lines,
   * {@code REVENUE} (gross license revenue) new and renewal lines, {@code CONSUMPTION} consumption lines.
   */
  public boolean countsToward(Metric metric) {
    return switch (metric) {
      case NET_NEW_REVENUE -> this == NET_NEW;
      case REVENUE -> this == NET_NEW || this == RENEWAL;
      case CONSUMPTION -> this == CONSUMPTION;
      default -> false;
    };
  }
}
