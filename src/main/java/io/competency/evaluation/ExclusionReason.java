package io.competency.evaluation;

/** Why a deployment did not count toward a performance requirement (or toward its new-customer metric). */
public enum ExclusionReason {
  /** The workload is not one the requirement names as eligible. */
  INELIGIBLE_WORKLOAD,
  /** A trial SKU, and the requirement excludes trials. */
  TRIAL,
  /** The customer has none of the associations the requirement accepts. */
  NO_QUALIFYING_ASSOCIATION,
  /**
   * The deployment counts, but its customer is not a new customer: its {@code since} is unknown or lies
   * outside the window of a {@code NEW_CUSTOMERS} metric. It still counts toward other metrics.
   */
  OUTSIDE_WINDOW
}
