package io.competency.catalog;

/** What a performance threshold counts. */
public enum Metric {
  /** Sum of active users over eligible deployments; a user active on two workloads counts twice. */
  ACTIVE_ENTITLEMENTS,
  /** Distinct eligible customers whose first association lies inside the window before the as-of date. */
  NEW_CUSTOMERS
}
