package io.competency.access;

import io.vertx.core.Future;

/** Turns the secret of a bearer key into its principal. */
public interface Authenticator {

  /** The key's principal, or a succeeded null when the key is unknown or revoked. */
  Future<Principal> authenticate(String secret);
}
