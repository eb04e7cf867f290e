package io.competency.store;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.net.NetClientOptions;
import io.competency.config.Config;
import io.vertx.pgclient.PgBuilder;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.PoolOptions;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.flywaydb.core.Flyway;

/**
 * A PostgreSQL database from a {@code DATABASE_URL} ({@code postgresql://user:pass@host:port/db}):
 * the connection pool, and the schema migrations (Flyway, {@code db/migration}) applied at start.
 *
 * <p>Every wait on the database is bounded by {@code DB_TIMEOUT}, so that a hung or unreachable
 * database fails a call in seconds instead of holding it: waiting for a pooled connection (and at most
 * {@code DB_MAX_WAIT_QUEUE} calls wait at all), connecting, a statement (PostgreSQL's
 * {@code statement_timeout}, lock waits included), and a connection on which the database has said
 * nothing for a second longer than that (closed, which fails its call). Idle pooled connections
 * are retired before that silence could close them.
 */
public final class Database {
  private static final Logger LOG = Logger.getLogger(Database.class.getName());

  private final PgConnectOptions options;
  private final Pool pool;

  private Database(PgConnectOptions options, Pool pool) {
    this.options = options;
    this.pool = pool;
  }

  /** Connects with the default bounds ({@code DB_TIMEOUT} and the pool's), then migrates the schema. */
  public static Future<Database> open(Vertx vertx, String url) {
    return open(vertx, url, Config.from(Map.of()).timeouts());
  }

  /** Connects, then migrates the schema (on a worker thread: Flyway uses JDBC). */
  public static Future<Database> open(Vertx vertx, String url, Config.Timeouts bounds) {
    PgConnectOptions options = options(url);
    int timeout = bounds.dbTimeoutSeconds();
    PgConnectOptions pooled = new PgConnectOptions(options).addProperty("statement_timeout", String.valueOf(timeout * 1000L));
    Pool pool = PgBuilder.pool()
        .with(new PoolOptions()
            .setName("competency-catalog")
            .setMaxSize(bounds.dbPoolSize())
            .setMaxWaitQueueSize(bounds.dbMaxWaitQueue())
            .setConnectionTimeout(timeout).setConnectionTimeoutUnit(TimeUnit.SECONDS)
            .setIdleTimeout(timeout).setIdleTimeoutUnit(TimeUnit.SECONDS)
            .setPoolCleanerPeriod(1_000))
        .with(new NetClientOptions()
            .setConnectTimeout(timeout * 1000)
            .setIdleTimeout(timeout + 1).setIdleTimeoutUnit(TimeUnit.SECONDS))
        .connectingTo(pooled)
        .using(vertx)
        .build();
    Database database = new Database(options, pool);
    return vertx.executeBlocking(() -> {
      migrate(options, timeout);
      return database;
    }, false);
  }

  /** Parses a {@code postgresql://} or {@code postgres://} URL; {@code jdbc:} prefixes are accepted too. */
  public static PgConnectOptions options(String url) {
    String plain = url.startsWith("jdbc:") ? url.substring(5) : url;
    try {
      return PgConnectOptions.fromUri(plain).setCachePreparedStatements(true);
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("DATABASE_URL is not a postgresql:// URL: " + e.getMessage(), e);
    }
  }

  private static void migrate(PgConnectOptions o, int timeoutSeconds) {
    String jdbc = "jdbc:postgresql://" + o.getHost() + ":" + o.getPort() + "/" + o.getDatabase() + "?connectTimeout=" + timeoutSeconds;
    org.flywaydb.core.api.output.MigrateResult result;
    try {
      result = Flyway.configure()
          .dataSource(jdbc, o.getUser(), o.getPassword())
          .locations("classpath:db/migration")
          .load()
          .migrate();
    } catch (org.flywaydb.core.api.FlywayException e) {
      Throwable cause = e.getCause() != null ? e.getCause() : e;
      throw new IllegalStateException("cannot migrate the database " + o.getHost() + ":" + o.getPort() + "/" + o.getDatabase()
          + " (DATABASE_URL): " + cause.getMessage(), e);
    }
    LOG.info(result.migrationsExecuted == 0 ? "database schema up to date"
        : "database schema at version " + result.targetSchemaVersion + " (" + result.migrationsExecuted + " migration(s) applied)");
  }

  public PgConnectOptions connectOptions() {
    return options;
  }

  public Pool pool() {
    return pool;
  }

  public Future<Void> close() {
    return pool.close();
  }
}
