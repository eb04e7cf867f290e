package io.competency.support;

/**
 * The API keys every test server has (unless a test configures its own {@code API_KEYS}): one
 * maintainer and two integrators, so that ownership can be tested. Names are what the audit trail
 * and evaluations record; secrets are what a client sends as {@code Authorization: Bearer <secret>}.
 */
public final class TestKeys {
  /** The maintainer key's name. */
  public static final String MAINTAINER = "ops";
  public static final String MAINTAINER_SECRET = "ops-secret-0001";
  /** The integrator key's name, owner of the evaluations it runs. */
  public static final String INTEGRATOR = "acme";
  public static final String INTEGRATOR_SECRET = "acme-secret-0001";
  /** A second integrator, who must not see the first one's evaluations. */
  public static final String OTHER_INTEGRATOR = "globex";
  public static final String OTHER_INTEGRATOR_SECRET = "globex-secret-0001";

  /** The three keys as {@code API_KEYS}. */
  public static final String API_KEYS = MAINTAINER + ":maintainer:" + MAINTAINER_SECRET
      + "," + INTEGRATOR + ":integrator:" + INTEGRATOR_SECRET
      + "," + OTHER_INTEGRATOR + ":integrator:" + OTHER_INTEGRATOR_SECRET;

  private TestKeys() {
  }
}
