package io.competency.catalog;

/**
 * What a performance threshold counts, and over which of the partner's facts. Every metric counts
 * dated facts, so any metric may have a window: {@code [asOf − N months, asOf]}.
 */
public enum Metric {
  /**
   * Sum of active users over counted deployments; a user active on two workloads counts twice. A
   * deployment is dated by its own {@code since}, else its customer's.
   */
  ACTIVE_ENTITLEMENTS(MetricUnit.COUNT, Facts.DEPLOYMENTS),
  /** Distinct customers with a counted deployment dated inside the window. */
  NEW_CUSTOMERS(MetricUnit.COUNT, Facts.DEPLOYMENTS),
  /** Sum of the customers' revenue lines of type {@code NET_NEW}. */
  NET_NEW_REVENUE(MetricUnit.USD, Facts.REVENUE),
  /** Gross license revenue: the customers' revenue lines of type {@code NET_NEW} and {@code RENEWAL}. */
  REVENUE(MetricUnit.USD, Facts.REVENUE),
  /** Sum of the customers' revenue lines of type {@code CONSUMPTION}. */
  CONSUMPTION(MetricUnit.USD, Facts.REVENUE),
  /** Units of the partner's own device shipments; no customer association applies. */
  DEVICES_SHIPPED(MetricUnit.COUNT, Facts.SHIPMENTS);

  /** The kind of partner fact a metric reads. */
  public enum Facts {
    /** Customers' deployments (workload, active users, trial flag, date). */
    DEPLOYMENTS,
    /** Customers' revenue lines (workload, date, amount in US dollars, type). */
    REVENUE,
    /** The partner's device shipments (workload, date, units). */
    SHIPMENTS
  }

  private final MetricUnit unit;
  private final Facts facts;

  Metric(MetricUnit unit, Facts facts) {
    this.unit = unit;
    this.facts = facts;
  }

  public MetricUnit unit() {
    return unit;
  }

  public Facts facts() {
    return facts;
  }

  /** Whether the metric reads customers, whose associations then qualify or not. */
  public boolean perCustomer() {
    return facts != Facts.SHIPMENTS;
  }
}
