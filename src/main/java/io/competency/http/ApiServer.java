package io.competency.http;

import io.competency.access.Authenticator;
import io.competency.config.Config;
import io.competency.graphql.GraphqlApi;
import io.competency.store.CatalogStore;
import io.competency.telemetry.Telemetry;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import io.vertx.ext.web.handler.CorsHandler;
import io.vertx.ext.web.handler.graphql.GraphiQLHandler;
import io.vertx.ext.web.handler.graphql.GraphiQLHandlerOptions;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * The HTTP server: {@code /graphql}, {@code /graphiql}, {@code /schema.graphql}, {@code /health} and
 * {@code /ready}. Request problems are answered with their HTTP status and a GraphQL-shaped error body;
 * nothing a client sends produces a stack trace.
 */
public final class ApiServer {

  private final HttpServer server;

  private ApiServer(HttpServer server) {
    this.server = server;
  }

  public static Future<ApiServer> start(Vertx vertx, Config config, CatalogStore store, Authenticator authenticator, GraphqlApi api,
      Telemetry telemetry) {
    Router router = Router.router(vertx);
    router.route().handler(new RequestObserver(telemetry)::handle);
    RequestDeadlines deadlines = new RequestDeadlines(vertx, config.timeouts().httpRequestTimeoutSeconds());
    router.route().handler(deadlines::requestStarted);
    router.route().handler(ctx -> {
      ctx.response().putHeader("X-Content-Type-Options", "nosniff");
      ctx.next();
    });
    if (!config.corsOrigins().isEmpty()) {
      router.route().handler(cors(config));
    }
    router.route("/health").method(HttpMethod.GET).method(HttpMethod.HEAD).handler(ctx -> Responses.json(ctx, 200, Map.of("status", "UP")));
    router.route("/ready").method(HttpMethod.GET).method(HttpMethod.HEAD).handler(ctx -> ready(ctx, store, config));
    if (config.metrics()) {
      telemetry.gauge("catalog.revision", "the catalog revision this server serves", store, s -> s.current().revision());
      router.route("/metrics").method(HttpMethod.GET).method(HttpMethod.HEAD).handler(telemetry.scrapingHandler());
    }
    String sdl = GraphqlApi.sdl();
    router.route("/schema.graphql").method(HttpMethod.GET).method(HttpMethod.HEAD)
        .handler(ctx -> ctx.response().putHeader("Content-Type", "text/plain; charset=utf-8").end(sdl));
    GraphiqlPage graphiqlPage = new GraphiqlPage();
    router.route("/graphiql").method(HttpMethod.GET).method(HttpMethod.HEAD).handler(graphiqlPage::handle);
    GraphiQLHandler graphiql = GraphiQLHandler.create(vertx, new GraphiQLHandlerOptions().setEnabled(true).setGraphQLUri("/graphql")
        .setGraphQLWSEnabled(false));
    router.route("/graphiql/*").subRouter(graphiql.router());
    GraphqlHandler graphql = new GraphqlHandler(api, store, authenticator, config, telemetry);
    router.post("/graphql").handler(BodyHandler.create(false).setBodyLimit(config.maxBodyBytes())).handler(HttpCaching::graphqlDefaults)
        .handler(graphql);
    router.get("/graphql").handler(HttpCaching::graphqlDefaults).handler(graphql);
    router.head("/graphql").handler(HttpCaching::graphqlDefaults).handler(graphql);
    router.route().last().handler(Refusals::unrouted);
    router.route().failureHandler(Refusals::failure);
    for (int status : new int[] {400, 404, 405, 413, 414, 431, 500}) {
      router.errorHandler(status, ctx -> Refusals.failure(ctx, ctx.failed() ? ctx.statusCode() : status));
    }
    // HTTP/1.1 only: cleartext HTTP/2 (h2c) would hold a connection open, undetected, until its
    // first request (RequestDeadlines could not see it); HTTP/2 belongs on a TLS proxy in front.
    HttpServerOptions options = new HttpServerOptions().setHost(config.host()).setPort(config.port())
        .setCompressionSupported(true).setMaxHeaderSize(16 * 1024).setHttp2ClearTextEnabled(false)
        .setIdleTimeout(config.timeouts().httpIdleTimeoutSeconds()).setIdleTimeoutUnit(TimeUnit.SECONDS);
    return vertx.createHttpServer(options)
        .connectionHandler(deadlines::connected)
        .requestHandler(router)
        .invalidRequestHandler(Refusals::invalidRequest)
        .listen()
        .map(ApiServer::new);
  }

  private static CorsHandler cors(Config config) {
    CorsHandler cors = CorsHandler.create()
        .allowedMethods(Set.of(HttpMethod.GET, HttpMethod.POST, HttpMethod.OPTIONS))
        .allowedHeaders(Set.of("Content-Type", "Accept", "Authorization", "Accept-Language", "If-None-Match", "X-Request-Id", "traceparent"))
        .exposedHeaders(Set.of("Content-Language", "ETag", "X-Request-Id"))
        .maxAgeSeconds(600);
    if (config.corsOrigins().contains("*")) {
      return cors.addOrigin("*");
    }
    config.corsOrigins().forEach(cors::addOrigin);
    return cors.allowCredentials(false);
  }

  /**
   * Readiness: the catalog revision served and the database ({@code UP}, {@code UNREACHABLE}, or
   * {@code EMBEDDED} when there is none); 503 while the database does not answer within 2 s.
   */
  private static void ready(RoutingContext ctx, CatalogStore store, Config config) {
    if (config.databaseUrl() == null) {
      Responses.json(ctx, 200, Map.of("status", "READY", "database", "EMBEDDED", "catalogRevision", store.current().revision()));
      return;
    }
    store.ping()
        .timeout(2, TimeUnit.SECONDS)
        .onSuccess(v -> Responses.json(ctx, 200, Map.of("status", "READY", "database", "UP", "catalogRevision", store.current().revision())))
        .onFailure(e -> Responses.json(ctx, 503, Map.of("status", "UNAVAILABLE", "reason", "database unreachable",
            "database", "UNREACHABLE", "catalogRevision", store.current().revision())));
  }

  public int port() {
    return server.actualPort();
  }

  /** Stops accepting connections and lets requests in flight finish (up to 10 seconds). */
  public Future<Void> stop() {
    return server.shutdown(10, TimeUnit.SECONDS);
  }
}
