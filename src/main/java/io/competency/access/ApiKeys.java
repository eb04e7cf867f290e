package io.competency.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import io.vertx.core.Future;

/**
 * Keys from configuration, {@code API_KEYS=name:role:secret,...}. Only the SHA-256 hash of each secret
 * is kept in memory; lookups compare hashes.
 */
public final class ApiKeys implements Authenticator {
  private final Map<String, Principal> byHash;

  private ApiKeys(Map<String, Principal> byHash) {
    this.byHash = Map.copyOf(byHash);
  }

  public static ApiKeys none() {
    return new ApiKeys(Map.of());
  }

  /**
   * Parses {@code name:role:secret,...}; throws with the offending entry named when it is malformed or
   * repeats a name or a secret. Names are unique because evaluations are owned by the key's name.
   */
  public static ApiKeys parse(String spec) {
    Map<String, Principal> byHash = new HashMap<>();
    if (spec == null || spec.isBlank()) {
      return new ApiKeys(byHash);
    }
    Map<String, Integer> entryByName = new HashMap<>();
    String[] entries = spec.split(",");
    for (int i = 0; i < entries.length; i++) {
      String[] parts = entries[i].trim().split(":", 3);
      Role role = parts.length == 3 ? Role.parse(parts[1]) : null;
      if (parts.length != 3 || parts[0].isBlank() || role == null || parts[2].length() < 8) {
        throw new IllegalArgumentException("API_KEYS entry " + (i + 1)
            + " must be name:role:secret with role maintainer or integrator and a secret of 8 characters or more");
      }
      Integer earlier = entryByName.putIfAbsent(parts[0], i + 1);
      if (earlier != null) {
        throw new IllegalArgumentException("API_KEYS entry " + (i + 1) + " repeats the name '" + parts[0] + "' of entry " + earlier
            + ": each key needs a name of its own (evaluations belong to the name)");
      }
      if (byHash.put(hash(parts[2]), new Principal(parts[0], role)) != null) {
        throw new IllegalArgumentException("API_KEYS entry " + (i + 1) + " repeats the secret of another entry");
      }
    }
    return new ApiKeys(byHash);
  }

  @Override
  public Future<Principal> authenticate(String secret) {
    return Future.succeededFuture(byHash.get(hash(secret)));
  }

  /** Hex SHA-256 of a secret: what is stored instead of the secret. */
  public static String hash(String secret) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Tries each authenticator in turn; the first that knows the key wins. */
  public static Authenticator chain(Authenticator first, Authenticator second) {
    return secret -> first.authenticate(secret).compose(p -> p != null ? Future.succeededFuture(p) : second.authenticate(secret));
  }
}
