package io.competency.evaluation;

import io.competency.catalog.Metric;
import java.time.LocalDate;
import java.util.List;

/**
 * The sentences of {@link Explanations} in one language. Numbers arrive as ints and are formatted and
 * pluralized here: counts as numbers, money (a metric whose unit is USD) as US dollars in the locale's
 * currency format. {@code market} is the localized market name when the threshold is that market's
 * own, null when it applies in every market; {@code window} is the metric's window in months, or null.
 */
interface Wording {

  /** The whole explanation: the verdict, then {@code details}. */
  String verdict(boolean met, String details);

  String metricMet(Metric metric, Integer window, int actual, int required, String market);

  /** {@code alone}: the only metric of its requirement, so the shortfall may be set off with a semicolon. */
  String metricNotMet(Metric metric, Integer window, int actual, int required, int shortfall, String market, boolean alone);

  /** No threshold for this market: the metric does not apply there. {@code market} is never null here. */
  String metricNotApplicable(Metric metric, String market);

  /** The authorizations (localized names) the partner lacks; never empty. */
  String missingAuthorizations(List<String> names);

  /** A suffix saying how many deployments and revenue lines did not count; empty when none. */
  String excluded(int deployments, int revenueLines);

  String skillMet(int actual, int required);

  String skillNotMet(int actual, int required, int shortfall);

  /** {@code shortfall} more people are needed who hold {@code qualification} (see {@link #allOf}, {@link #anyOf}). */
  String roleShort(int shortfall, String qualification);

  /** {@code person} qualifies for a short role but fills the role of {@code qualification}. */
  String alreadyFills(String person, String qualification);

  /** One of these credential codes. */
  String oneOf(List<String> codes);

  /** Every one of these parts (the choices of a path). */
  String allOf(List<String> parts);

  /** Any one of these parts (the paths of a role). */
  String anyOf(List<String> parts);

  /** {@code credential} (a code) retired on {@code date} and still counts. */
  String retired(String credential, LocalDate date);

  /** {@code credential} (a code) retires on {@code date}, {@code days} days after the evaluation's date. */
  String retiring(String credential, LocalDate date, int days);

  /**
   * A plan step: count {@code amount} more of {@code metric} ({@code window} and {@code market} as in
   * {@link #metricMet}), as a sentence.
   */
  String raiseMetric(Metric metric, Integer window, int amount, String market);

  /** A plan step: obtain the authorization called {@code name} (localized), as a sentence. */
  String gainAuthorization(String name);

  /** A plan step: {@code person} earns {@code credential} (a code, or {@link #oneOf} codes), as a sentence. */
  String earnCredential(String person, String credential);

  /** How a plan names the person it adds as number {@code number} ("New individual 1"). */
  String newIndividual(int number);
}
