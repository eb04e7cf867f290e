package io.competency.support;

import io.competency.store.Database;
import io.vertx.core.Vertx;
import io.vertx.pgclient.PgBuilder;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A PostgreSQL database of the test's own, created on the server named by {@code TEST_DATABASE_URL}
 * (set by {@code make test}; default {@code postgresql://postgres@127.0.0.1:5432/postgres}) and dropped
 * on close, so that runs never collide.
 */
public final class TestDatabase implements AutoCloseable {
  private static final String DEFAULT_ADMIN_URL = "postgresql://postgres@127.0.0.1:5432/postgres";

  private final Vertx vertx;
  private final PgConnectOptions admin;
  private final String name;
  private final Pool pool;

  private TestDatabase(Vertx vertx, PgConnectOptions admin, String name) {
    this.vertx = vertx;
    this.admin = admin;
    this.name = name;
    this.pool = PgBuilder.pool().connectingTo(new PgConnectOptions(admin).setDatabase(name)).using(vertx).build();
  }

  public static TestDatabase create() {
    String url = System.getenv().getOrDefault("TEST_DATABASE_URL", DEFAULT_ADMIN_URL);
    PgConnectOptions admin = Database.options(url);
    String name = "cc_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    Vertx vertx = Vertx.vertx();
    Pool adminPool = PgBuilder.pool().connectingTo(admin).using(vertx).build();
    try {
      adminPool.query("CREATE DATABASE " + name).execute().await();
    } catch (RuntimeException e) {
      vertx.close();
      throw new IllegalStateException("cannot create a test database on " + admin.getHost() + ":" + admin.getPort()
          + " (set TEST_DATABASE_URL to a PostgreSQL server where the role may create databases; `make test` finds one): " + e, e);
    } finally {
      adminPool.close();
    }
    return new TestDatabase(vertx, admin, name);
  }

  /** The URL a server under test connects with. */
  public String url() {
    String auth = admin.getUser() + (admin.getPassword() == null || admin.getPassword().isEmpty() ? "" : ":" + admin.getPassword());
    return "postgresql://" + auth + "@" + admin.getHost() + ":" + admin.getPort() + "/" + name;
  }

  /** Runs a query against the test database and returns its rows as JSON objects. */
  public List<io.vertx.core.json.JsonObject> rows(String sql, Object... params) {
    List<io.vertx.core.json.JsonObject> out = new ArrayList<>();
    for (Row row : pool.preparedQuery(sql).execute(Tuple.from(params)).await()) {
      out.add(row.toJson());
    }
    return out;
  }

  /** The single value of a one-row, one-column query. */
  public Object value(String sql, Object... params) {
    return pool.preparedQuery(sql).execute(Tuple.from(params)).await().iterator().next().getValue(0);
  }

  @Override
  public void close() {
    pool.close().await();
    Pool adminPool = PgBuilder.pool().connectingTo(admin).using(vertx).build();
    try {
      adminPool.query("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)").execute().await();
    } finally {
      adminPool.close().await();
      vertx.close().await();
    }
  }
}
