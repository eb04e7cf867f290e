package io.competency.evaluation;

import io.competency.input.ProblemCode;

/**
 * Codes of the problems {@link EvaluationRequestReader} finds in an evaluation input, as clients see
 * them in {@code UserError.code}. They are stable: clients switch on them. Codes that mean the same as
 * a catalog {@link ProblemCode} have the same value.
 */
public final class EvaluationProblemCode {
  /** No competency has this slug. */
  public static final String UNKNOWN_COMPETENCY = ProblemCode.UNKNOWN_COMPETENCY;
  /** The competency has no option with this slug. */
  public static final String UNKNOWN_OPTION = ProblemCode.UNKNOWN_OPTION;
  /** The option was omitted but the competency has several: name one. */
  public static final String OPTION_REQUIRED = "OPTION_REQUIRED";
  /** No market has this code. */
  public static final String UNKNOWN_MARKET = ProblemCode.UNKNOWN_MARKET;
  /** No workload has this code. */
  public static final String UNKNOWN_WORKLOAD = ProblemCode.UNKNOWN_WORKLOAD;
  /** No association type has this code. */
  public static final String UNKNOWN_ASSOCIATION = ProblemCode.UNKNOWN_ASSOCIATION;
  /** No credential has this code. */
  public static final String UNKNOWN_CREDENTIAL = ProblemCode.UNKNOWN_CREDENTIAL;
  /** No partner authorization has this code. */
  public static final String UNKNOWN_AUTHORIZATION = ProblemCode.UNKNOWN_AUTHORIZATION;
  /** Two customers have the same id. */
  public static final String DUPLICATE_CUSTOMER = "DUPLICATE_CUSTOMER";
  /** One customer lists the same workload twice: merge the two deployments. */
  public static final String DUPLICATE_WORKLOAD = "DUPLICATE_WORKLOAD";
  /** Two individuals have the same id. */
  public static final String DUPLICATE_INDIVIDUAL = "DUPLICATE_INDIVIDUAL";
  /** A value of the right type that is out of range, such as negative active users or a blank id. */
  public static final String INVALID_VALUE = ProblemCode.INVALID_VALUE;
  /** A required field is missing. */
  public static final String REQUIRED = ProblemCode.REQUIRED;
  /** A value of the wrong type. */
  public static final String INVALID_TYPE = ProblemCode.INVALID_TYPE;

  private EvaluationProblemCode() {
  }
}
