package io.competency.evaluation;

/** What one step of a plan to the next tier asks the partner to do. */
public enum NextStepKind {
  /** Count more of a metric: {@code amount} in the metric's unit. */
  RAISE_METRIC,
  /** Obtain a partner authorization the requirement demands. */
  GAIN_AUTHORIZATION,
  /** One person earns one credential: any one of {@code anyOf}. */
  EARN_CREDENTIAL
}
