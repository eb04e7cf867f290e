package io.competency.store;

import io.competency.access.ApiKeys;
import io.competency.access.Authenticator;
import io.competency.access.Principal;
import io.competency.access.Role;
import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * API keys kept in PostgreSQL: created with a random secret that is shown once, stored as its SHA-256
 * hash, listed, and revoked (a revoked key stops working at once on every server).
 */
public final class PgApiKeys implements Authenticator {
  private static final SecureRandom RANDOM = new SecureRandom();

  /** A key as listed: never its secret. */
  public record KeyInfo(String name, Role role, OffsetDateTime createdAt, OffsetDateTime revokedAt) {
  }

  /** A key just created, with the secret that will not be shown again. */
  public record CreatedKey(String name, Role role, String secret) {
  }

  private final Pool pool;

  public PgApiKeys(Pool pool) {
    this.pool = pool;
  }

  @Override
  public Future<Principal> authenticate(String secret) {
    return StoreFault.classified(pool.preparedQuery("SELECT name, role FROM api_key WHERE secret_hash = $1 AND revoked_at IS NULL")
        .execute(Tuple.of(ApiKeys.hash(secret))))
        .map(rows -> rows.size() == 0 ? null
            : new Principal(rows.iterator().next().getString("name"), Role.parse(rows.iterator().next().getString("role"))));
  }

  /** Creates a key; fails with {@link IllegalArgumentException} when the name is taken. */
  public Future<CreatedKey> create(String name, Role role) {
    byte[] bytes = new byte[24];
    RANDOM.nextBytes(bytes);
    String secret = "cc_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    return pool.preparedQuery("INSERT INTO api_key (name, role, secret_hash) VALUES ($1, $2, $3) ON CONFLICT (name) DO NOTHING")
        .execute(Tuple.of(name, role.label(), ApiKeys.hash(secret)))
        .compose(rows -> rows.rowCount() == 1 ? Future.succeededFuture(new CreatedKey(name, role, secret))
            : Future.failedFuture(new IllegalArgumentException("a key named '" + name + "' already exists")));
  }

  public Future<List<KeyInfo>> list() {
    return pool.query("SELECT name, role, created_at, revoked_at FROM api_key ORDER BY created_at, name").execute().map(rows -> {
      List<KeyInfo> out = new ArrayList<>();
      for (Row r : rows) {
        out.add(new KeyInfo(r.getString("name"), Role.parse(r.getString("role")), r.getOffsetDateTime("created_at"),
            r.getOffsetDateTime("revoked_at")));
      }
      return out;
    });
  }

  /** Revokes a key; fails with {@link IllegalArgumentException} when there is no active key of that name. */
  public Future<Void> revoke(String name) {
    return pool.preparedQuery("UPDATE api_key SET revoked_at = now() WHERE name = $1 AND revoked_at IS NULL")
        .execute(Tuple.of(name))
        .compose(rows -> rows.rowCount() == 1 ? Future.succeededFuture()
            : Future.failedFuture(new IllegalArgumentException("no active key named '" + name + "'")));
  }
}
