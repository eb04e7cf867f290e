package io.competency.telemetry;

import static io.competency.maintenance.Maintenance.maintain;
import static io.competency.maintenance.Maintenance.mutate;
import static io.competency.maintenance.Maintenance.simpleTier;
import static io.competency.support.Documents.ADD_TIER;
import static io.competency.support.TestKeys.INTEGRATOR_SECRET;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

import io.competency.support.Documents;
import io.competency.support.GraphqlClient.Response;
import io.competency.support.ServerOnFreshDatabase;
import io.competency.support.TestKeys;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * After some traffic (catalog reads, evaluations, an edit, refusals), {@code /metrics} serves, in the
 * Prometheus text format, the series an operator watches: HTTP requests by route and status with
 * latency histograms, GraphQL operations by name and outcome, evaluations by outcome, cache hits and
 * misses, the database pool's use and wait, the catalog revision, and the JVM.
 */
class MetricsAreScrapedAfterTrafficTest {
  @RegisterExtension
  static final ServerOnFreshDatabase server = new ServerOnFreshDatabase();

  private static String scrape;

  @BeforeAll
  static void sendTrafficAndScrape() {
    for (int i = 0; i < 3; i++) {
      server.client().query(Traffic.COMPETENCY_PAGE).post();
    }
    server.client().query("{ markets { code } }").get();
    server.client().query("{ nope }").post();
    mutate(server.client(), INTEGRATOR_SECRET, Traffic.EVALUATE, Traffic.silverPartner());
    mutate(server.client(), INTEGRATOR_SECRET, Traffic.EVALUATE, Traffic.unknownWorkload());
    mutate(server.client(), null, Traffic.EVALUATE, Traffic.silverPartner());
    maintain(server.client(), ADD_TIER, simpleTier("metered", 50));
    server.client().request("GET", "/nowhere").send();
    Response response = server.client().request("GET", "/metrics").send();
    assertEquals(200, response.status(), response::toString);
    assertTrue(response.header("Content-Type").startsWith("text/plain"), response.header("Content-Type"));
    scrape = response.body();
  }

  static Stream<Arguments> series() {
    return Stream.of(
        row("HTTP requests by route, method and status", "vertx_http_server_requests_total",
            "code=\"200\"", "method=\"POST\"", "route=\"/graphql\""),
        row("HTTP 404s", "vertx_http_server_requests_total", "code=\"404\""),
        row("an HTTP latency histogram", "vertx_http_server_response_time_seconds_bucket", "route=\"/graphql\"", "le=\""),
        row("a named GraphQL operation that succeeded", "graphql_operations_seconds_count",
            "operation=\"CompetencyPage\"", "outcome=\"OK\"", "type=\"query\""),
        row("an anonymous GraphQL operation", "graphql_operations_seconds_count", "operation=\"anonymous\"", "type=\"query\""),
        row("a GraphQL validation failure", "graphql_operations_seconds_count", "outcome=\"GRAPHQL_VALIDATION_FAILED\""),
        row("a mutation refused for want of a key", "graphql_operations_seconds_count",
            "operation=\"Evaluate\"", "outcome=\"UNAUTHENTICATED\"", "type=\"mutation\""),
        row("an evaluation that reached a tier", "evaluations_total", "outcome=\"achieved\""),
        row("an evaluation refused for its input", "evaluations_total", "outcome=\"rejected\""),
        row("response cache hits", "cache_gets_total", "cache=\"responses\"", "result=\"hit\""),
        row("response cache misses", "cache_gets_total", "cache=\"responses\"", "result=\"miss\""),
        row("document cache hits", "cache_gets_total", "cache=\"documents\"", "result=\"hit\""),
        row("persisted query lookups", "cache_gets_total", "cache=\"persisted_queries\""),
        row("database connections in use", "vertx_pool_in_use", "pool_name=\"competency-catalog\"", "pool_type=\"sql\""),
        row("calls waiting for a database connection", "vertx_pool_queue_pending", "pool_type=\"sql\""),
        row("the wait for a database connection", "vertx_pool_queue_time_seconds_count", "pool_type=\"sql\""),
        row("how long connections are held", "vertx_pool_usage_seconds_count", "pool_type=\"sql\""),
        row("JVM heap", "jvm_memory_used_bytes", "area=\"heap\""),
        row("JVM garbage collection", "jvm_gc_"),
        row("JVM threads", "jvm_threads_live_threads"));
  }

  @ParameterizedTest
  @MethodSource("series")
  void hasTheSeries(String name, String[] labels) {
    assertTrue(findSeries(name, labels) != null, () -> "no " + name + " with " + String.join(", ", labels) + " in:\n" + scrape);
  }

  @Test
  void countsEachNamedOperationOnce() {
    assertEquals(3.0, value("graphql_operations_seconds_count", "operation=\"CompetencyPage\"", "outcome=\"OK\""), 0.0);
  }

  @Test
  void countsTheResponseCacheHitsOfTheRepeatedPage() {
    assertTrue(value("cache_gets_total", "cache=\"responses\"", "result=\"hit\"") >= 2.0, scrape);
  }

  @Test
  void reportsTheCatalogRevisionServed() {
    assertEquals(2.0, value("catalog_revision"), 0.0, "revision 1 plus the tier added");
  }

  private static double value(String name, String... labels) {
    String line = findSeries(name, labels);
    assertTrue(line != null, () -> "no " + name + " in:\n" + scrape);
    return Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
  }

  /** The first sample line of {@code name} (a prefix) whose labels include all of {@code labels}. */
  private static String findSeries(String name, String... labels) {
    Matcher lines = Pattern.compile("(?m)^" + Pattern.quote(name) + "\\S*( .*)?$").matcher(scrape);
    while (lines.find()) {
      String line = lines.group();
      if (Stream.of(labels).allMatch(line::contains)) {
        return line;
      }
    }
    return null;
  }

  private static Arguments row(String description, String name, String... labels) {
    return argumentSet(description, name, labels);
  }
}
