package io.competency.bench;

import io.competency.Application;
import io.competency.config.Config;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

/**
 * The large evaluations beside their parse floor, in one JVM: this process starts the server on the
 * embedded store, then in turns sends it an evaluation of 20,000 customers with 100,000 deployments
 * and 1,000 people (about 7 MB of JSON) over loopback HTTP and parses the same bytes into a {@link JsonObject}, the
 * least any JSON API does with them; then the same with 20,000 customers of 100,000 revenue lines
 * ({@link Bodies#revenue}). Each is warmed up first; it prints the medians on one line each,
 * {@code LARGE key=value …} and {@code REVENUE key=value …}, for {@link Benchmark}. Between the two, the
 * deployments partner's data goes to {@code evaluate} and to {@code evaluatePartner} (every option of
 * the catalog) in turns: {@code PARTNER key=value …}, the cost of every option beside the cost of one.
 * Run it on one CPU ({@code taskset -c 0}).
 */
public final class LargeInput {
  private static final String SECRET = "bench-large-secret";
  private static final int WARMUP = 3;
  static final int ROUNDS = 7;

  private LargeInput() {
  }

  public static void main(String[] args) throws Exception {
    Vertx vertx = Vertx.vertx();
    Application application = Application.start(vertx, Config.from(Map.of("HOST", "127.0.0.1", "PORT", "0",
        "CATALOG_DIR", System.getenv().getOrDefault("CATALOG_DIR", "catalog"), "API_KEYS", "bench:integrator:" + SECRET))).await();
    int status = 0;
    try {
      HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
      URI endpoint = URI.create("http://127.0.0.1:" + application.port() + "/graphql");
      measure("LARGE", Bodies.evaluate(20_000, 1_000, null).getBytes(StandardCharsets.UTF_8), http, endpoint);
      measurePartnerWide(http, endpoint);
      measure("REVENUE", Bodies.revenue(20_000, 1_000).getBytes(StandardCharsets.UTF_8), http, endpoint);
    } catch (RuntimeException e) {
      System.err.println("large input benchmark failed: " + e);
      status = 1;
    } finally {
      application.stop().await();
      vertx.close().await();
    }
    System.exit(status);
  }

  /** Warms up, then sends {@code body} {@link #ROUNDS} times and parses it as often; prints the medians as {@code <label> key=value …}. */
  private static void measure(String label, byte[] body, HttpClient http, URI endpoint) throws Exception {
    HttpRequest request = HttpRequest.newBuilder(endpoint)
        .timeout(Duration.ofMinutes(2))
        .header("Content-Type", "application/json")
        .header("Authorization", "Bearer " + SECRET)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body))
        .build();
    long[] evaluate = new long[ROUNDS];
    long[] parse = new long[ROUNDS];
    for (int i = -WARMUP; i < ROUNDS; i++) {
      long began = System.nanoTime();
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      long evaluated = System.nanoTime();
      if (response.statusCode() != 200 || response.body().contains("\"errors\"") || !response.body().contains("\"evaluation\":{")) {
        throw new IllegalStateException("the large evaluation failed: " + response.statusCode() + " "
            + response.body().substring(0, Math.min(500, response.body().length())));
      }
      System.gc();
      long parseBegan = System.nanoTime();
      JsonObject parsed = new JsonObject(Buffer.buffer(body));
      long parsedAt = System.nanoTime();
      if (parsed.getJsonObject("variables") == null) {
        throw new IllegalStateException("the body did not parse");
      }
      System.gc();
      if (i >= 0) {
        evaluate[i] = evaluated - began;
        parse[i] = parsedAt - parseBegan;
      }
    }
    double evaluateMillis = median(evaluate);
    double parseMillis = median(parse);
    System.out.printf(Locale.ROOT, "%s body_bytes=%d evaluate_p50_ms=%.1f evaluate_max_ms=%.1f parse_p50_ms=%.1f ratio=%.2f%n",
        label, body.length, evaluateMillis, Arrays.stream(evaluate).max().orElse(0) / 1e6, parseMillis, evaluateMillis / parseMillis);
  }

  /**
   * Warms up, then sends the large deployments evaluation and the same data to {@code evaluatePartner} in
   * turns, {@link #ROUNDS} times each; prints {@code PARTNER options=… evaluate_p50_ms=… partner_p50_ms=…
   * partner_max_ms=… ratio=…}.
   */
  private static void measurePartnerWide(HttpClient http, URI endpoint) throws Exception {
    HttpRequest one = post(endpoint, Bodies.evaluate(20_000, 1_000, null).getBytes(StandardCharsets.UTF_8));
    HttpRequest every = post(endpoint, Bodies.evaluatePartner(20_000, 1_000).getBytes(StandardCharsets.UTF_8));
    long[] evaluate = new long[ROUNDS];
    long[] partner = new long[ROUNDS];
    int options = 0;
    for (int i = -WARMUP; i < ROUNDS; i++) {
      long began = System.nanoTime();
      HttpResponse<String> single = http.send(one, HttpResponse.BodyHandlers.ofString());
      long evaluated = System.nanoTime();
      System.gc();
      long partnerBegan = System.nanoTime();
      HttpResponse<String> all = http.send(every, HttpResponse.BodyHandlers.ofString());
      long partnerEvaluated = System.nanoTime();
      System.gc();
      if (single.statusCode() != 200 || !single.body().contains("\"evaluation\":{") || all.statusCode() != 200
          || all.body().contains("\"errors\"") || !all.body().contains("\"userErrors\":[]")) {
        throw new IllegalStateException("the partner-wide evaluation failed: " + all.statusCode() + " "
            + all.body().substring(0, Math.min(500, all.body().length())));
      }
      options = new JsonObject(all.body()).getJsonObject("data").getJsonObject("evaluatePartner").getJsonArray("evaluations").size();
      if (i >= 0) {
        evaluate[i] = evaluated - began;
        partner[i] = partnerEvaluated - partnerBegan;
      }
    }
    System.out.printf(Locale.ROOT, "PARTNER options=%d evaluate_p50_ms=%.1f partner_p50_ms=%.1f partner_max_ms=%.1f ratio=%.2f%n", options,
        median(evaluate), median(partner), Arrays.stream(partner).max().orElse(0) / 1e6, median(partner) / median(evaluate));
  }

  private static HttpRequest post(URI endpoint, byte[] body) {
    return HttpRequest.newBuilder(endpoint)
        .timeout(Duration.ofMinutes(2))
        .header("Content-Type", "application/json")
        .header("Authorization", "Bearer " + SECRET)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body))
        .build();
  }

  private static double median(long[] nanos) {
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2] / 1e6;
  }
}
