package io.competency.telemetry;

import com.github.benmanes.caffeine.cache.Cache;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;
import io.vertx.micrometer.Label;
import io.vertx.micrometer.MicrometerMetricsFactory;
import io.vertx.micrometer.MicrometerMetricsOptions;
import io.vertx.micrometer.PrometheusScrapingHandler;
import io.vertx.micrometer.VertxPrometheusOptions;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.ToDoubleFunction;
import java.util.regex.Pattern;

/**
 * The server's metrics, in one Prometheus registry per server (scraped at {@code /metrics}).
 *
 * <p>Vert.x reports what it sees when it is created with {@link #newVertx()}: HTTP requests by
 * route, method and status with latency histograms ({@code vertx_http_server_*}), the database pool's
 * use, queue and wait time ({@code vertx_pool_*}), and the JVM ({@code jvm_*}, {@code process_*}).
 * The application adds GraphQL operations by type, name and outcome ({@code graphql_operations_*}),
 * evaluations by outcome ({@code evaluations_total}), the hits and misses of its caches
 * ({@code cache_gets_total}) and the catalog revision served ({@code catalog_revision}).
 *
 * <p>Operation names come from clients, so only the first {@value #MAX_OPERATION_NAMES} distinct
 * well-formed names become label values; later ones are counted as {@code other}.
 */
public final class Telemetry {
  static final int MAX_OPERATION_NAMES = 200;
  private static final Pattern NAME = Pattern.compile("[_A-Za-z][_0-9A-Za-z]{0,63}");

  private final PrometheusMeterRegistry registry;
  private final Set<String> operationNames = ConcurrentHashMap.newKeySet();

  private Telemetry(PrometheusMeterRegistry registry) {
    this.registry = registry;
  }

  /** A registry of its own (never the global one: several servers may share a JVM). */
  public static Telemetry create() {
    return new Telemetry(new PrometheusMeterRegistry(PrometheusConfig.DEFAULT));
  }

  /** A Vert.x instance that reports its HTTP server, pools and the JVM to this registry. */
  public Vertx newVertx() {
    // Vert.x keeps its metrics backends in a JVM-wide map by registry name: a name of its own keeps this
    // Vert.x reporting to this registry while other servers' run in the same JVM (as tests do).
    MicrometerMetricsOptions metrics = new MicrometerMetricsOptions()
        .setRegistryName("competency-catalog-" + UUID.randomUUID())
        .setEnabled(true)
        .setJvmMetricsEnabled(true)
        .setPrometheusOptions(new VertxPrometheusOptions().setEnabled(true).setPublishQuantiles(true))
        .setLabels(EnumSet.of(Label.HTTP_ROUTE, Label.HTTP_METHOD, Label.HTTP_CODE, Label.POOL_TYPE, Label.POOL_NAME));
    return Vertx.builder()
        .with(new VertxOptions().setMetricsOptions(metrics))
        .withMetrics(new MicrometerMetricsFactory(registry))
        .build();
  }

  public MeterRegistry registry() {
    return registry;
  }

  /** {@code /metrics}: every meter, in the Prometheus text format (or OpenMetrics, when asked for). */
  public Handler<RoutingContext> scrapingHandler() {
    return PrometheusScrapingHandler.create(registry);
  }

  /** Every meter in the Prometheus text format. */
  public String scrape() {
    return registry.scrape();
  }

  /**
   * One GraphQL request: its operation type ({@code query}, {@code mutation}, or {@code unknown} when
   * it never got that far), its name and its outcome ({@code OK} or the first error's code).
   */
  public void graphqlOperation(String type, String name, String outcome, long nanos) {
    Timer.builder("graphql.operations")
        .description("GraphQL requests by operation type, operation name and outcome (OK or the first error code)")
        .tag("type", type)
        .tag("operation", operationLabel(name))
        .tag("outcome", outcome)
        .register(registry)
        .record(nanos, TimeUnit.NANOSECONDS);
  }

  /** One {@code evaluate}: {@code achieved} (a tier), {@code none}, {@code rejected} (userErrors), {@code unavailable}, {@code failed}. */
  public void evaluation(String outcome) {
    Counter.builder("evaluations")
        .description("evaluate mutations by outcome: achieved (a tier), none, rejected (userErrors), unavailable, failed")
        .tag("outcome", outcome)
        .register(registry)
        .increment();
  }

  /** Reports the hits, misses, evictions and size of {@code cache} under {@code name} (built with {@code recordStats()}). */
  public void monitor(Cache<?, ?> cache, String name) {
    CaffeineCacheMetrics.monitor(registry, cache, name);
  }

  /** A gauge read from {@code source} at each scrape. */
  public <T> void gauge(String name, String description, T source, ToDoubleFunction<T> value) {
    Gauge.builder(name, Objects.requireNonNull(source, "source"), value).description(description).register(registry);
  }

  private String operationLabel(String name) {
    if (name == null) {
      return "anonymous";
    }
    if (!NAME.matcher(name).matches()) {
      return "other";
    }
    if (operationNames.contains(name) || operationNames.size() < MAX_OPERATION_NAMES && operationNames.add(name)) {
      return name;
    }
    return "other";
  }
}
