package io.competency.evaluation;

import io.competency.catalog.Metric;

/**
 * The sentences of {@link Explanations} in one language. Numbers arrive as ints and are formatted and
 * pluralized here. {@code market} is the localized market name when the threshold is that market's
 * own, null when it applies in every market; {@code window} is the new-customer window in months, or
 * null.
 */
interface Wording {

  /** The whole explanation: the verdict, then {@code details}. */
  String verdict(boolean met, String details);

  String metricMet(Metric metric, Integer window, int actual, int required, String market);

  /** {@code alone}: the only metric of its requirement, so the shortfall may be set off with a semicolon. */
  String metricNotMet(Metric metric, Integer window, int actual, int required, int shortfall, String market, boolean alone);

  /** No threshold for this market: the metric does not apply there. {@code market} is never null here. */
  String metricNotApplicable(Metric metric, String market);

  /** A suffix saying how many deployments did not count. */
  String excluded(int deployments);

  String skillMet(int actual, int required);

  String skillNotMet(int actual, int required, int shortfall);
}
