package io.competency.support;

import io.competency.Application;
import io.competency.config.Config;
import io.competency.telemetry.Telemetry;
import io.vertx.core.Vertx;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The real server, assembled by {@link Application} from a {@link Config}, on a fresh {@link Vertx}
 * and a random local port. Environment entries override the test defaults ({@code HOST=127.0.0.1},
 * {@code PORT=0}, {@code CATALOG_DIR=catalog}, {@code API_KEYS} the {@link TestKeys},
 * {@code DB_POOL_SIZE=4}), e.g. {@code TestServer.start(Map.of("INTROSPECTION", "false"))}; without a
 * {@code DATABASE_URL} it keeps everything in memory (for a database, see {@link ServerOnFreshDatabase}).
 * Several servers may run at once; each has its own Vert.x instance.
 *
 * <pre>{@code
 * try (TestServer server = TestServer.start()) {
 *   GraphqlClient.Response r = server.client().query("{ catalog { revision } }").post();
 * }
 * }</pre>
 */
public final class TestServer implements AutoCloseable {
  /** The defaults every test server starts from. */
  public static final Map<String, String> DEFAULTS = Map.of(
      "HOST", "127.0.0.1",
      "PORT", "0",
      "CATALOG_DIR", "catalog",
      "API_KEYS", TestKeys.API_KEYS,
      // Several test runs share one PostgreSQL server and its connection limit.
      "DB_POOL_SIZE", "4");

  private final Vertx vertx;
  private final Application application;
  private final Config config;
  private final GraphqlClient client;

  private TestServer(Vertx vertx, Application application, Config config) {
    this.vertx = vertx;
    this.application = application;
    this.config = config;
    this.client = new GraphqlClient("http://" + config.host() + ":" + application.port());
  }

  /** A server with the defaults: bundled catalog, in-memory store, the test keys. */
  public static TestServer start() {
    return start(Map.of());
  }

  /** A server with the defaults overridden (or extended) by {@code env}. */
  public static TestServer start(Map<String, String> env) {
    Objects.requireNonNull(env, "env");
    Map<String, String> merged = new HashMap<>(DEFAULTS);
    merged.putAll(env);
    Config config = Config.from(merged);
    Telemetry telemetry = Telemetry.create();
    Vertx vertx = telemetry.newVertx();
    try {
      Application application = Application.start(vertx, config, telemetry).await();
      return new TestServer(vertx, application, config);
    } catch (RuntimeException | Error e) {
      vertx.close().await();
      throw e;
    }
  }

  public int port() {
    return application.port();
  }

  /** {@code http://127.0.0.1:<port>}. */
  public String baseUrl() {
    return client.baseUrl();
  }

  /** A client of this server (one per server; thread-safe). */
  public GraphqlClient client() {
    return client;
  }

  public Application application() {
    return application;
  }

  public Config config() {
    return config;
  }

  public Vertx vertx() {
    return vertx;
  }

  /** Stops the application (letting requests in flight finish), then closes its Vert.x instance. */
  @Override
  public void close() {
    try {
      application.stop().await();
    } finally {
      vertx.close().await();
    }
  }
}
