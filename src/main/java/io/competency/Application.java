package io.competency;

import io.competency.catalog.Catalog;
import io.competency.catalog.CatalogLoader;
import io.competency.config.Config;
import io.competency.graphql.GraphqlApi;
import io.competency.graphql.MaintenanceMutations;
import io.competency.graphql.QueryLimits;
import io.competency.http.ApiKeys;
import io.competency.http.ApiServer;
import io.competency.http.Authenticator;
import io.competency.store.CatalogStore;
import io.competency.store.MemoryCatalogStore;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** Assembles the server from its configuration: catalog, store, keys, GraphQL API and HTTP. */
public final class Application {
  private final ApiServer server;
  private final CatalogStore store;

  private Application(ApiServer server, CatalogStore store) {
    this.server = server;
    this.store = store;
  }

  public static Future<Application> start(Vertx vertx, Config config) {
    Catalog bundled = CatalogLoader.load(config.catalogDir());
    Authenticator keys = ApiKeys.parse(config.apiKeys());
    CatalogStore store = new MemoryCatalogStore(bundled, Clock.systemUTC());
    QueryLimits limits = new QueryLimits(config.maxDepth(), config.maxFields(), config.maxAliases());
    GraphqlApi api = GraphqlApi.create(limits, config.introspection(), (id, env) -> CompletableFuture.completedFuture(null),
        List.of(new MaintenanceMutations(store)));
    return ApiServer.start(vertx, config, store, keys, api).map(server -> new Application(server, store));
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
