package io.competency.input;

/**
 * Codes of the problems found in input: catalog files, maintenance mutations, evaluation input and
 * stored rows. They are stable: clients switch on them.
 */
public final class ProblemCode {
  public static final String REQUIRED = "REQUIRED";
  public static final String INVALID_TYPE = "INVALID_TYPE";
  public static final String INVALID_VALUE = "INVALID_VALUE";
  public static final String UNKNOWN_FIELD = "UNKNOWN_FIELD";
  public static final String EMPTY = "EMPTY";
  public static final String INVALID_SLUG = "INVALID_SLUG";
  public static final String INVALID_CODE = "INVALID_CODE";
  public static final String INVALID_LOCALE = "INVALID_LOCALE";
  public static final String DUPLICATE_LOCALE = "DUPLICATE_LOCALE";
  public static final String MISSING_ENGLISH = "MISSING_ENGLISH";
  public static final String NEGATIVE_THRESHOLD = "NEGATIVE_THRESHOLD";
  public static final String DUPLICATE_SLUG = "DUPLICATE_SLUG";
  public static final String DUPLICATE_RANK = "DUPLICATE_RANK";
  public static final String DUPLICATE_CODE = "DUPLICATE_CODE";
  public static final String DUPLICATE_MARKET = "DUPLICATE_MARKET";
  public static final String DUPLICATE_METRIC = "DUPLICATE_METRIC";
  public static final String UNKNOWN_COMPETENCY = "UNKNOWN_COMPETENCY";
  public static final String UNKNOWN_OPTION = "UNKNOWN_OPTION";
  public static final String UNKNOWN_TIER = "UNKNOWN_TIER";
  public static final String UNKNOWN_MARKET = "UNKNOWN_MARKET";
  public static final String UNKNOWN_WORKLOAD = "UNKNOWN_WORKLOAD";
  public static final String UNKNOWN_ASSOCIATION = "UNKNOWN_ASSOCIATION";
  public static final String UNKNOWN_CREDENTIAL = "UNKNOWN_CREDENTIAL";
  public static final String UNKNOWN_AUTHORIZATION = "UNKNOWN_AUTHORIZATION";
  /** A value given in another unit than its metric counts in (USD for a count, COUNT for money). */
  public static final String UNIT_MISMATCH = "UNIT_MISMATCH";
  /** Two fields that exclude each other were both given (a skill requirement's roles and its paths). */
  public static final String CONFLICTING_FIELDS = "CONFLICTING_FIELDS";
  public static final String UNKNOWN_NODE = "UNKNOWN_NODE";
  public static final String UNKNOWN_TEXT_FIELD = "UNKNOWN_TEXT_FIELD";
  public static final String INVALID_URL = "INVALID_URL";
  public static final String INVALID_SYNTAX = "INVALID_SYNTAX";
  public static final String MISSING_FILE = "MISSING_FILE";
  public static final String UNREADABLE = "UNREADABLE";

  private ProblemCode() {
  }
}
