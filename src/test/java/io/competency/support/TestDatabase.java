package io.competency.support;

import io.competency.catalog.CatalogLoader;
import io.competency.store.Database;
import io.competency.store.PgCatalogStore;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.pgclient.PgBuilder;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.PoolOptions;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;

/**
 * A PostgreSQL database of the test's own, on the server named by {@code TEST_DATABASE_URL} (set by
 * {@code make test}; default {@code postgresql://postgres@127.0.0.1:5432/postgres}), dropped on close.
 *
 * <p>{@link #create()} gives a database as a server leaves it at its first start: schema migrated and
 * the bundled catalog imported as revision 1. That state is made once per test run, in a template
 * database, and each database is a copy of it ({@code CREATE DATABASE … TEMPLATE …}), which takes a
 * fraction of a migration. {@link #empty()} gives a database with nothing in it, for tests of the
 * migration and the import themselves. Every name holds this run's random id, so runs at the same
 * time on one server never meet; the template is dropped when the run ends, and copies left by a run
 * that was killed are dropped by the next.
 */
public final class TestDatabase implements AutoCloseable {
  private static final String DEFAULT_ADMIN_URL = "postgresql://postgres@127.0.0.1:5432/postgres";
  private static final PgConnectOptions ADMIN = Database.options(System.getenv().getOrDefault("TEST_DATABASE_URL", DEFAULT_ADMIN_URL));
  /** This run's id, in the name of every database it makes. */
  private static final String RUN = UUID.randomUUID().toString().replace("-", "").substring(0, 12);
  private static final String TEMPLATE = "cc_template_" + RUN;
  private static final Object LOCK = new Object();
  private static boolean templateMade;

  private final String name;
  private final Vertx vertx;
  private final Pool pool;

  private TestDatabase(String name) {
    this.name = name;
    this.vertx = Vertx.vertx();
    this.pool = PgBuilder.pool().with(new PoolOptions().setMaxSize(1)).connectingTo(new PgConnectOptions(ADMIN).setDatabase(name))
        .using(vertx).build();
  }

  /** A database migrated, with the bundled catalog imported as revision 1 (a copy of this run's template). */
  public static TestDatabase create() {
    String name = newName();
    synchronized (LOCK) {
      if (!templateMade) {
        makeTemplate();
        templateMade = true;
      }
      admin("CREATE DATABASE " + name + " TEMPLATE " + TEMPLATE);
    }
    return new TestDatabase(name);
  }

  /** A database with nothing in it: a server started on it migrates it and imports the bundled catalog. */
  public static TestDatabase empty() {
    String name = newName();
    admin("CREATE DATABASE " + name);
    return new TestDatabase(name);
  }

  private static String newName() {
    return "cc_test_" + RUN + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
  }

  /** The template: migrated and imported by the server's own code, then left without connections. */
  private static void makeTemplate() {
    dropLeftovers();
    Runtime.getRuntime().addShutdownHook(new Thread(() -> admin("DROP DATABASE IF EXISTS " + TEMPLATE + " WITH (FORCE)"),
        "drop-test-template"));
    admin("CREATE DATABASE " + TEMPLATE);
    Vertx vertx = Vertx.vertx();
    try {
      String url = url(TEMPLATE);
      Database.open(vertx, url)
          .compose(database -> PgCatalogStore.open(vertx, database, CatalogLoader.load(Path.of("catalog"))))
          .compose(PgCatalogStore::close)
          .await();
    } finally {
      vertx.close().await();
    }
  }

  /**
   * Drops the databases that runs which have ended left behind (a JVM killed before a class closed its
   * database). A run's template exists from before its first copy until it ends, so a copy whose run has
   * no template any more belongs to nobody.
   */
  private static void dropLeftovers() {
    for (String name : adminQuery("SELECT datname FROM pg_database d WHERE datname ~ '^cc_test_[0-9a-f]{12}_[0-9a-f]{8}$'"
        + " AND NOT EXISTS (SELECT FROM pg_database t WHERE t.datname = 'cc_template_' || substring(d.datname from 9 for 12))")) {
      admin("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }
  }

  /** Runs one statement on the server's admin database. */
  private static void admin(String sql) {
    adminQuery(sql);
  }

  /** Runs one statement on the server's admin database; the first column of its rows, if it returns any. */
  private static List<String> adminQuery(String sql) {
    Properties credentials = new Properties();
    credentials.setProperty("user", ADMIN.getUser());
    if (ADMIN.getPassword() != null && !ADMIN.getPassword().isEmpty()) {
      credentials.setProperty("password", ADMIN.getPassword());
    }
    String jdbc = "jdbc:postgresql://" + ADMIN.getHost() + ":" + ADMIN.getPort() + "/" + ADMIN.getDatabase();
    try (Connection conn = DriverManager.getConnection(jdbc, credentials); Statement statement = conn.createStatement()) {
      List<String> values = new ArrayList<>();
      if (statement.execute(sql)) {
        try (ResultSet rows = statement.getResultSet()) {
          while (rows.next()) {
            values.add(rows.getString(1));
          }
        }
      }
      return values;
    } catch (SQLException e) {
      throw new IllegalStateException("cannot run '" + sql + "' on " + ADMIN.getHost() + ":" + ADMIN.getPort()
          + " (set TEST_DATABASE_URL to a PostgreSQL server where the role may create databases; `make test` finds one): "
          + e.getMessage(), e);
    }
  }

  private static String url(String database) {
    String auth = ADMIN.getUser() + (ADMIN.getPassword() == null || ADMIN.getPassword().isEmpty() ? "" : ":" + ADMIN.getPassword());
    return "postgresql://" + auth + "@" + ADMIN.getHost() + ":" + ADMIN.getPort() + "/" + database;
  }

  /** The URL a server under test connects with. */
  public String url() {
    return url(name);
  }

  /** The database's name. */
  public String name() {
    return name;
  }

  /** Runs a query against the test database and returns its rows as JSON objects. */
  public List<JsonObject> rows(String sql, Object... params) {
    List<JsonObject> out = new ArrayList<>();
    for (Row row : pool.preparedQuery(sql).execute(Tuple.from(params)).await()) {
      out.add(row.toJson());
    }
    return out;
  }

  /** The single value of a one-row, one-column query. */
  public Object value(String sql, Object... params) {
    return pool.preparedQuery(sql).execute(Tuple.from(params)).await().iterator().next().getValue(0);
  }

  /** {@link #value} as a number, for {@code count(*)}. */
  public long count(String sql, Object... params) {
    return ((Number) value(sql, params)).longValue();
  }

  @Override
  public void close() {
    try {
      pool.close().await();
      vertx.close().await();
    } finally {
      admin("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }
  }
}
