package io.competency.evaluation;

import java.util.Objects;

/**
 * Something the partner should know about an evaluation that does not change its verdict: a counted
 * credential that has retired ({@link #CREDENTIAL_RETIRED}) or retires within
 * {@link #RETIRING_WITHIN_DAYS} days ({@link #CREDENTIAL_RETIRING}).
 */
public record Notice(String code, String credential) {
  public static final String CREDENTIAL_RETIRED = "CREDENTIAL_RETIRED";
  public static final String CREDENTIAL_RETIRING = "CREDENTIAL_RETIRING";
  public static final int RETIRING_WITHIN_DAYS = 90;

  public Notice {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(credential, "credential");
  }
}
