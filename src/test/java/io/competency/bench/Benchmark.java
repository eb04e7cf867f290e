package io.competency.bench;

import io.competency.Application;
import io.competency.config.Config;
import io.vertx.core.Vertx;
import io.vertx.core.json.Json;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/**
 * {@code make bench}: starts the real server in this JVM on the embedded in-memory store, talks to it
 * over loopback HTTP/1.1 with {@link HttpClient}, and prints throughput and latency for the operations
 * that matter: the whole Cloud Productivity page as a front end asks for it (from the response cache,
 * and with the cache defeated), a small {@code evaluate}, a large one (20,000 customers with 100,000
 * deployments), and {@code evaluatePartner} with the same large partner against every option of the
 * catalog, whose cost is compared with the large {@code evaluate}'s. Every phase is bounded in requests
 * and in time; nothing is asserted, and the figures depend on the machine. Client and server share the
 * JVM and its CPUs.
 */
public final class Benchmark {
  private static final String SECRET = "bench-secret-1";
  private static final Duration PHASE_LIMIT = Duration.ofSeconds(60);
  private static final int CLIENTS = 8;

  /** Every field the Cloud Productivity page shows, as one front-end query. */
  static final String PAGE = """
      query Page($slug: String!) {
        competency(slug: $slug) {
          id slug name { ...Text } description { ...Text }
          options {
            id slug name { ...Text } description { ...Text }
            tiers {
              id slug rank name { ...Text }
              requirements {
                __typename id position title { ...Text } notes { ...Text }
                ... on PerformanceRequirement {
                  metrics { metric windowMonths thresholds { market { code name { ...Text } } value description { ...Text } } }
                  eligibleWorkloads { code name { ...Text } }
                  excludesTrials
                  qualifyingAssociations { code name { ...Text } }
                }
                ... on SkillRequirement {
                  individuals
                  paths { description { ...Text } choices { anyOf { code kind url title { ...Text } } } }
                }
              }
            }
          }
        }
      }
      fragment Text on LocalizedText { text locale fallback }
      """;

  static final String EVALUATE = """
      mutation Evaluate($input: EvaluateInput!) {
        evaluate(input: $input) {
          evaluation {
            id achievedTier { slug } nextTier { slug }
            tiers { tier { slug } met requirements { met required actual shortfall explanation { text } } }
          }
          userErrors { code message field }
        }
      }
      """;

  /** The same selection as {@link #EVALUATE} for every evaluation, and the plan to the next tier. */
  static final String EVALUATE_PARTNER = """
      mutation EvaluatePartner($input: EvaluatePartnerInput!) {
        evaluatePartner(input: $input) {
          evaluations {
            id achievedTier { slug } nextTier { slug }
            tiers { tier { slug } met requirements { met required actual shortfall explanation { text } } }
            nextSteps { kind metric amount individualId newIndividual anyOf { code } explanation { text } }
          }
          userErrors { code message field }
        }
      }
      """;

  private static final String[] WORKLOADS = {"EXCHANGE_ONLINE", "SHAREPOINT_ONLINE", "SKYPE_FOR_BUSINESS", "YAMMER", "PROPLUS"};
  private static final String[] ASSOCIATIONS = {"DELEGATED_ADMIN", "TRANSACTING_PARTNER", "DIGITAL_PARTNER_OF_RECORD", "FAST_TRACK_PARTNER"};

  private final HttpClient http = HttpClient.newBuilder()
      .version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(5))
      .build();
  private final URI endpoint;

  private Benchmark(int port) {
    this.endpoint = URI.create("http://127.0.0.1:" + port + "/graphql");
  }

  public static void main(String[] args) {
    Vertx vertx = Vertx.vertx();
    Application application = null;
    int status = 0;
    try {
      application = Application.start(vertx, Config.from(Map.of(
          "HOST", "127.0.0.1", "PORT", "0", "CATALOG_DIR", System.getenv().getOrDefault("CATALOG_DIR", "catalog"),
          "API_KEYS", "bench:integrator:" + SECRET))).await();
      new Benchmark(application.port()).run();
    } catch (RuntimeException e) {
      System.err.println("benchmark failed: " + e);
      status = 1;
    } finally {
      if (application != null) {
        application.stop().await();
      }
      vertx.close().await();
    }
    System.exit(status);
  }

  private void run() {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    System.out.printf(Locale.ROOT, "Competency Catalog API benchmark: in-process server, in-memory store, loopback HTTP/1.1%n");
    System.out.printf(Locale.ROOT, "java %s, %d CPUs, max heap %d MiB; client and server share this JVM%n%n",
        System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(), memory.getHeapMemoryUsage().getMax() >> 20);

    List<Result> results = new ArrayList<>();
    String cached = body(PAGE, Map.of("slug", "cloud-productivity"));
    results.add(phase("competency page, ru, response cache", 200, 2_000, CLIENTS, i -> post(cached, "ru", false)));
    results.add(phase("competency page, ru, cache defeated", 200, 2_000, CLIENTS,
        i -> post(body(PAGE, Map.of("slug", "cloud-productivity", "nonce", i)), "ru", false)));
    results.add(phase("evaluate, 10 customers", 100, 1_000, CLIENTS,
        i -> post(new SyntheticPartner(10, 10).json(EVALUATE), null, true)));

    System.gc();
    long heapBefore = memory.getHeapMemoryUsage().getUsed();
    String[] large = {new SyntheticPartner(20_000, 1_000).json(EVALUATE)};
    int largeBytes = large[0].getBytes(StandardCharsets.UTF_8).length;
    Result largeResult = phase("evaluate, 20,000 customers / 100,000 deployments", 1, 5, 1, i -> post(large[0], null, true));
    results.add(largeResult);
    large[0] = null;
    System.gc();
    long heapAfter = memory.getHeapMemoryUsage().getUsed();

    String[] partner = {new SyntheticPartner(20_000, 1_000).partnerWideJson(EVALUATE_PARTNER)};
    int options = optionsEvaluated(partner[0]);
    Result partnerResult = phase("evaluatePartner, the same partner, " + options + " options", 1, 5, 1,
        i -> post(partner[0], null, true));
    results.add(partnerResult);
    partner[0] = null;

    print(results);
    System.out.printf(Locale.ROOT, "%nlarge evaluate: body %.1f MiB (%,d bytes), p50 %.0f ms, max %.0f ms over %d runs after 1 warm-up%n",
        largeBytes / 1048576.0, largeBytes, largeResult.percentile(50), largeResult.max(), largeResult.count());
    System.out.printf(Locale.ROOT, "evaluatePartner, %d options: p50 %.0f ms = %.2f x the large evaluate's p50 (%.0f ms)%n",
        options, partnerResult.percentile(50), partnerResult.percentile(50) / largeResult.percentile(50), largeResult.percentile(50));
    System.out.printf(Locale.ROOT, "heap used after a GC: %d MiB before the large evaluations, %d MiB after"
            + " (the in-memory store keeps every evaluation made, %d large ones among them)%n",
        heapBefore >> 20, heapAfter >> 20, largeResult.count() + 1);
  }

  /** How many evaluations {@code evaluatePartner} answers for this body (one call, unmeasured). */
  private int optionsEvaluated(String body) {
    try {
      HttpResponse<String> response = http.send(post(body, null, true).request(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      return new JsonObject(response.body()).getJsonObject("data").getJsonObject("evaluatePartner").getJsonArray("evaluations").size();
    } catch (IOException e) {
      throw new IllegalStateException("evaluatePartner: " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  /** One exchange: the request to send and what a success looks like. */
  private record Call(HttpRequest request, boolean evaluate) {
  }

  private Call post(String body, String acceptLanguage, boolean evaluate) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(endpoint)
        .timeout(Duration.ofMinutes(2))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    if (acceptLanguage != null) {
      builder.header("Accept-Language", acceptLanguage);
    }
    if (evaluate) {
      builder.header("Authorization", "Bearer " + SECRET);
    }
    return new Call(builder.build(), evaluate);
  }

  private static String body(String query, Map<String, Object> variables) {
    return Json.encode(Map.of("query", query, "variables", variables));
  }

  /**
   * Runs {@code warmup} unmeasured calls, then up to {@code requests} measured ones from {@code clients}
   * threads, stopping early when {@link #PHASE_LIMIT} has passed.
   */
  private Result phase(String name, int warmup, int requests, int clients, IntFunction<Call> calls) {
    for (int i = 0; i < warmup; i++) {
      send(calls.apply(-1 - i));
    }
    long deadline = System.nanoTime() + PHASE_LIMIT.toNanos();
    AtomicInteger next = new AtomicInteger();
    AtomicInteger errors = new AtomicInteger();
    long[] latencies = new long[requests];
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    long start = System.nanoTime();
    try {
      List<Future<?>> workers = new ArrayList<>();
      for (int c = 0; c < clients; c++) {
        workers.add(pool.submit(() -> {
          for (int i = next.getAndIncrement(); i < requests && System.nanoTime() < deadline; i = next.getAndIncrement()) {
            Call call = calls.apply(i);
            long began = System.nanoTime();
            boolean ok = send(call);
            latencies[i] = System.nanoTime() - began;
            if (!ok) {
              errors.incrementAndGet();
            }
          }
        }));
      }
      for (Future<?> worker : workers) {
        worker.get();
      }
    } catch (Exception e) {
      throw new IllegalStateException(name + ": " + e, e);
    } finally {
      pool.shutdownNow();
    }
    long elapsed = System.nanoTime() - start;
    long[] done = Arrays.stream(latencies).filter(l -> l > 0).sorted().toArray();
    return new Result(name, clients, errors.get(), elapsed, done);
  }

  /** Sends one call; true when it succeeded (200, no errors, and for evaluate no userErrors). */
  private boolean send(Call call) {
    try {
      HttpResponse<String> response = http.send(call.request(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      String body = response.body();
      return response.statusCode() == 200 && !body.contains("\"errors\"")
          && (!call.evaluate() || body.contains("\"userErrors\":[]")
              && (body.contains("\"evaluation\":{") || body.contains("\"evaluations\":[{")));
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** The measured calls of one phase. */
  private record Result(String name, int clients, int errors, long elapsedNanos, long[] sortedLatencies) {
    int count() {
      return sortedLatencies.length;
    }

    double perSecond() {
      return count() / (elapsedNanos / 1e9);
    }

    /** Nearest-rank percentile in milliseconds. */
    double percentile(double p) {
      if (count() == 0) {
        return Double.NaN;
      }
      int rank = (int) Math.ceil(p / 100.0 * count());
      return sortedLatencies[Math.max(0, rank - 1)] / 1e6;
    }

    double max() {
      return count() == 0 ? Double.NaN : sortedLatencies[count() - 1] / 1e6;
    }
  }

  private static void print(List<Result> results) {
    String format = "%-50s %8s %7s %6s %10s %9s %9s %9s %9s%n";
    System.out.printf(Locale.ROOT, format, "scenario", "requests", "clients", "errors", "req/s", "p50 ms", "p95 ms", "p99 ms", "max ms");
    System.out.println("-".repeat(50 + 8 + 7 + 6 + 10 + 9 * 4 + 8));
    for (Result r : results) {
      System.out.printf(Locale.ROOT, format, r.name(), r.count(), r.clients(), r.errors(), String.format(Locale.ROOT, "%.1f", r.perSecond()),
          ms(r.percentile(50)), ms(r.percentile(95)), ms(r.percentile(99)), ms(r.max()));
    }
  }

  private static String ms(double millis) {
    return String.format(Locale.ROOT, millis < 10 ? "%.2f" : "%.0f", millis);
  }

  /**
   * Generated partner data in the developed market: customer {@code i} has a deployment of every eligible
   * workload, one qualifying association in turn (none for every 100th), and a ProPlus trial every 50th;
   * individuals hold both exams, the MCSA or only 70-346 in turn. Written straight into one string.
   */
  static final class SyntheticPartner {
    private final int customers;
    private final int individuals;

    SyntheticPartner(int customers, int individuals) {
      this.customers = customers;
      this.individuals = individuals;
    }

    /** The body of an {@code evaluate} of Cloud Productivity. */
    String json(String document) {
      return json(document, "\"competency\":\"cloud-productivity\",");
    }

    /** The body of an {@code evaluatePartner}: the same data, every option of the catalog. */
    String partnerWideJson(String document) {
      return json(document, "");
    }

    private String json(String document, String competency) {
      StringBuilder json = new StringBuilder(customers * 400 + individuals * 80 + document.length() + 256);
      json.append("{\"query\":").append(Json.encode(document))
          .append(",\"variables\":{\"input\":{").append(competency).append("\"market\":\"DEVELOPED\",\"asOf\":\"2017-07-07\",")
          .append("\"customers\":[");
      for (int i = 0; i < customers; i++) {
        json.append(i == 0 ? "" : ",").append("{\"id\":\"customer-").append(i).append("\",\"associations\":[");
        if (i % 100 != 99) {
          json.append('"').append(ASSOCIATIONS[i % ASSOCIATIONS.length]).append('"');
        }
        json.append("],\"deployments\":[");
        for (int w = 0; w < WORKLOADS.length; w++) {
          json.append(w == 0 ? "" : ",").append("{\"workload\":\"").append(WORKLOADS[w]).append("\",\"activeUsers\":")
              .append(1 + (5 * i + w) % 97).append(",\"trial\":").append(w == 4 && i % 50 == 0).append('}');
        }
        json.append("]}");
      }
      json.append("],\"individuals\":[");
      for (int j = 0; j < individuals; j++) {
        String credentials = switch (j % 3) {
          case 0 -> "\"70-346\",\"70-347\"";
          case 1 -> "\"MCSA-OFFICE-365\"";
          default -> "\"70-346\"";
        };
        json.append(j == 0 ? "" : ",").append("{\"id\":\"individual-").append(j).append("\",\"credentials\":[").append(credentials).append("]}");
      }
      return json.append("]}}}").toString();
    }
  }
}
