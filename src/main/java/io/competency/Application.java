package io.competency;

import io.competency.catalog.Catalog;
import io.competency.catalog.CatalogLoader;
import io.competency.config.Config;
import io.competency.access.ApiKeys;
import io.competency.access.Authenticator;
import io.competency.evaluate.Evaluations;
import io.competency.evaluate.PartnerEvaluations;
import io.competency.graphql.EvaluationFetchers;
import io.competency.graphql.PartnerEvaluationFetchers;
import io.competency.graphql.GraphqlApi;
import io.competency.graphql.MaintenanceMutations;
import io.competency.graphql.QueryLimits;
import io.competency.http.ApiServer;
import io.competency.maintenance.CatalogMaintenance;
import io.competency.store.CatalogStore;
import io.competency.store.Database;
import io.competency.store.EvaluationStore;
import io.competency.store.MemoryEvaluationStore;
import io.competency.store.PgEvaluationStore;
import io.competency.store.MemoryCatalogStore;
import io.competency.store.PgApiKeys;
import io.competency.store.PgCatalogStore;
import io.competency.telemetry.LogSetup;
import io.competency.telemetry.Telemetry;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Assembles the server from its configuration: the bundled catalog, the store (PostgreSQL when
 * {@code DATABASE_URL} is set, else in memory), API keys, the GraphQL API and HTTP.
 */
public final class Application {
  /** Where the catalog files are bundled on the classpath. */
  private static final String BUNDLED_CATALOG = "catalog";
  private static final Logger LOG = Logger.getLogger(Application.class.getName());

  private final ApiServer server;
  private final CatalogStore store;

  private Application(ApiServer server, CatalogStore store) {
    this.server = server;
    this.store = store;
  }

  /** The stores and the key authenticator a configuration asks for. */
  private record Backend(CatalogStore store, EvaluationStore evaluations, Authenticator keys) {
  }

  /**
   * Starts the server on {@code vertx}, its metrics in a registry of its own (Vert.x's own meters only
   * when {@code vertx} was made by {@link Telemetry#newVertx()}; see the overload).
   */
  public static Future<Application> start(Vertx vertx, Config config) {
    return start(vertx, config, Telemetry.create());
  }

  /** Starts the server on {@code vertx}, reporting metrics to {@code telemetry}. */
  public static Future<Application> start(Vertx vertx, Config config, Telemetry telemetry) {
    LogSetup.init();
    Catalog bundled = CatalogLoader.load(config.catalogDir() != null ? config.catalogDir() : bundledCatalogDirectory());
    ApiKeys configured = ApiKeys.parse(config.apiKeys());
    QueryLimits limits = new QueryLimits(config.maxDepth(), config.maxFields(), config.maxAliases());
    return backend(vertx, config, bundled, configured).compose(backend -> vertx
        .executeBlocking(() -> {
          EvaluationFetchers evaluations = new EvaluationFetchers(new Evaluations(vertx, backend.evaluations(), Clock.systemUTC()));
          PartnerEvaluationFetchers partner = new PartnerEvaluationFetchers(
              new PartnerEvaluations(vertx, backend.evaluations(), Clock.systemUTC()));
          MaintenanceMutations maintenance = new MaintenanceMutations(new CatalogMaintenance(backend.store()));
          return GraphqlApi.create(limits, config.introspection(), evaluations, List.of(maintenance, evaluations, partner),
              telemetry::evaluation);
        }, false)
        .compose(api -> ApiServer.start(vertx, config, backend.store(), backend.keys(), api, telemetry))
        .map(server -> new Application(server, backend.store())));
  }

  /**
   * The catalog files bundled as resources under {@code catalog/}: a directory inside the jar (so the
   * jar runs from any directory), or on disk when running from classes.
   */
  static Path bundledCatalogDirectory() {
    URL marker = Application.class.getClassLoader().getResource(BUNDLED_CATALOG + "/markets.yaml");
    if (marker == null) {
      throw new IllegalStateException("the bundled catalog is missing from the classpath; set CATALOG_DIR to a catalog directory");
    }
    try {
      URI uri = marker.toURI();
      if (!uri.getScheme().equals("jar")) {
        return Path.of(uri).getParent();
      }
      FileSystem jar;
      try {
        jar = FileSystems.newFileSystem(uri, Map.of());
      } catch (FileSystemAlreadyExistsException e) {
        jar = FileSystems.getFileSystem(uri);
      }
      return jar.getPath("/" + BUNDLED_CATALOG);
    } catch (URISyntaxException | IOException e) {
      throw new IllegalStateException("cannot read the bundled catalog: " + e.getMessage(), e);
    }
  }

  private static Future<Backend> backend(Vertx vertx, Config config, Catalog bundled, ApiKeys configured) {
    if (config.databaseUrl() == null) {
      LOG.warning(String.format(Locale.ROOT, "store: in memory (no DATABASE_URL); catalog changes and evaluations are NOT persistent;"
          + " the latest %,d evaluations are kept, older ones evicted (MAX_STORED_EVALUATIONS)", config.maxStoredEvaluations()));
      return Future.succeededFuture(new Backend(new MemoryCatalogStore(bundled, Clock.systemUTC()),
          new MemoryEvaluationStore(config.maxStoredEvaluations()), configured));
    }
    PgEvaluationStore.Batching batching = new PgEvaluationStore.Batching(config.evaluationBatchSize(),
        Duration.ofMillis(config.evaluationBatchWindowMillis()), PgEvaluationStore.Batching.DEFAULT.inFlight());
    return Database.open(vertx, config.databaseUrl(), config.timeouts()).compose(db -> PgCatalogStore.open(vertx, db, bundled)
        .map(store -> new Backend(store, new PgEvaluationStore(vertx, db.pool(), batching),
            ApiKeys.chain(configured, new PgApiKeys(db.pool())))));
  }

  public int port() {
    return server.port();
  }

  public CatalogStore store() {
    return store;
  }

  /** Graceful stop: finish requests in flight, then release the store. */
  public Future<Void> stop() {
    return server.stop().eventually(store::close);
  }
}
