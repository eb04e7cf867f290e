package io.competency.catalog;

/** What a metric's values count: things (users, customers, devices) or US dollars. */
public enum MetricUnit {
  /** A number of users, customers or devices. */
  COUNT,
  /** Whole US dollars in thresholds and results; exact amounts in {@code actualAmount}. */
  USD
}
