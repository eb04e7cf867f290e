package io.competency.evaluation;

/**
 * Why a deployment or revenue line did not count toward a performance requirement's metric. Reasons
 * are checked in this order and the first that applies is given.
 */
public enum ExclusionReason {
  /** The workload is not one the metric (or its requirement) names as eligible. */
  INELIGIBLE_WORKLOAD,
  /** A trial SKU, and the requirement excludes trials. */
  TRIAL,
  /** The customer has none of the associations the requirement accepts. */
  NO_QUALIFYING_ASSOCIATION,
  /** The metric has a window and the fact has no date (a deployment without {@code since}, at a customer without one). */
  MISSING_DATE,
  /**
   * The fact's date lies outside the metric's window {@code [asOf − N months, asOf]}. For a new-customer
   * count: the customer is not new. A deployment left out of one metric may still count toward the
   * requirement's other metrics.
   */
  OUTSIDE_WINDOW
}
