package io.competency.bench;

import io.competency.store.Database;
import io.vertx.core.Vertx;
import io.vertx.pgclient.PgBuilder;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.sqlclient.Pool;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code make bench}: the server as it is deployed (its own process, started by the launcher's JVM
 * options and class-data sharing archive, pinned to CPU 0), loaded over loopback by a real HTTP load
 * generator (wrk, one thread, 50 connections, pinned to CPU 1), on the embedded store and on a
 * PostgreSQL database the benchmark creates and drops. One table shows throughput, latency and the
 * server's CPU per request of each scenario, start-up time, memory (RSS) and GC pauses, the large
 * evaluation beside its parse floor, {@code evaluatePartner} over every option beside {@code evaluate} of
 * one with the same data, and whether each target is met.
 *
 * <p>Settings (environment): {@code BENCH_DATABASE_URL} (an admin URL of a PostgreSQL server that may
 * create databases; without it the PostgreSQL rows are skipped), {@code SERVER_JAVA_OPTS} (the
 * launcher's JVM options), {@code BENCH_SECONDS} (10) and {@code BENCH_WARMUP_SECONDS} (5) per scenario,
 * {@code BENCH_CONNECTIONS} (50), {@code BENCH_STARTS} (3), {@code BENCH_JAR} and {@code BENCH_JSA}.
 * Nothing is asserted: the figures depend on the machine and on what else runs on it.
 */
public final class Benchmark {
  private static final String SECRET = "bench-integrator-secret";

  private final Map<String, String> env = System.getenv();
  private final Path jar = Path.of(setting("BENCH_JAR", "target/competency-catalog.jar"));
  private final Path jsa = Path.of(setting("BENCH_JSA", "target/competency-catalog.jsa"));
  private final List<String> javaOptions = serverJavaOptions();
  private final Duration measure = Duration.ofSeconds(Long.parseLong(setting("BENCH_SECONDS", "10")));
  private final Duration warmup = Duration.ofSeconds(Long.parseLong(setting("BENCH_WARMUP_SECONDS", "5")));
  private final int connections = Integer.parseInt(setting("BENCH_CONNECTIONS", "50"));
  private final int starts = Integer.parseInt(setting("BENCH_STARTS", "3"));
  private final boolean taskset = onPath("taskset") != null;
  private final List<String> serverPin = taskset ? List.of("taskset", "-c", "0") : List.of();
  private final Path workDir;
  private final Load load;
  private final String run = UUID.randomUUID().toString().substring(0, 8);
  private final AtomicLong numbers = new AtomicLong();
  private final List<Row> rows = new ArrayList<>();
  private final List<String> notes = new ArrayList<>();
  private PartnerWide partnerWide;

  /** One line of the table. */
  private record Row(String scenario, String store, Load.Result result, double cpuMicrosPerRequest) {
  }

  private Benchmark(Path workDir) {
    this.workDir = workDir;
    String wrk = onPath("wrk");
    this.load = wrk != null ? Load.wrk(wrk, taskset ? List.of("taskset", "-c", "1") : List.of(), workDir) : Load.vertx();
  }

  public static void main(String[] args) throws Exception {
    Path workDir = Files.createTempDirectory("competency-bench-");
    int status = 0;
    try {
      new Benchmark(workDir).run();
    } catch (Exception e) {
      System.err.println("benchmark failed: " + e);
      e.printStackTrace();
      status = 1;
    } finally {
      try (var files = Files.walk(workDir)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
    System.exit(status);
  }

  private void run() throws Exception {
    System.out.printf(Locale.ROOT, "Competency Catalog API benchmark, %s%n", LocalDateTime.now().format(DateTimeFormatter.ISO_LOCAL_DATE_TIME).substring(0, 16));
    System.out.printf(Locale.ROOT, "java %s, %s CPUs, load average %s (other work on the machine skews every figure)%n",
        System.getProperty("java.version"), cpus(), loadAverage());
    System.out.printf(Locale.ROOT, "server: %sjava %s -jar %s%s%n", taskset ? "taskset -c 0 " : "", String.join(" ", javaOptions), jar,
        Files.exists(jsa) ? " (with its AppCDS archive)" : " (no AppCDS archive: run make build)");
    System.out.printf(Locale.ROOT, "load: %s, %d connections, loopback HTTP/1.1, %d s per scenario after %d s of warm-up%n%n",
        load.name(), connections, measure.toSeconds(), warmup.toSeconds());

    Embedded embedded = embedded();
    Large large = large();
    Persistent persistent = persistent();
    print(embedded, large, persistent);
  }

  // --- the embedded store -------------------------------------------------------------------------------

  private record Embedded(double readyMillis, long readyCpuMillis, long maxRssKib, List<Double> gcPauses) {
  }

  private Embedded embedded() throws Exception {
    double[] ready = new double[starts];
    long[] readyCpu = new long[starts];
    ServerProcess server = null;
    for (int i = 0; i < starts; i++) {
      if (server != null) {
        server.close();
      }
      server = ServerProcess.start(serverPin, java(), javaOptions, jar, Map.of("API_KEYS", "bench:integrator:" + SECRET), workDir);
      ready[i] = server.readyMillis();
      readyCpu[i] = server.readyCpuMillis();
    }
    try (ServerProcess s = server) {
      String evaluate = Bodies.evaluate(50, 10, "bench-" + run + "-memory-");
      check(s, Bodies.page(false), "ru", false);
      check(s, evaluate, null, true);
      RssSampler rss = new RssSampler(s);
      rss.start();
      scenario(s, "page, response cache hit", "memory", Bodies.page(false), Map.of("Accept-Language", "ru"));
      scenario(s, "page, cache miss (an extra variable)", "memory", Bodies.page(true), Map.of("Accept-Language", "ru"));
      scenario(s, "evaluate, 50 customers", "memory", evaluate, Map.of("Authorization", "Bearer " + SECRET));
      rss.interrupt();
      rss.join();
      return new Embedded(median(ready), medianOf(readyCpu), Math.max(rss.max(), s.peakRssKib()), s.gcPauses());
    }
  }

  /** Warm-up, then the measured run, with the server's CPU time over it. */
  private void scenario(ServerProcess server, String name, String store, String body, Map<String, String> headers) throws Exception {
    load.run(server.graphql(), body, numbers.getAndAdd(100_000_000), headers, connections, warmup);
    long cpuBefore = server.cpuMillis();
    Load.Result result = load.run(server.graphql(), body, numbers.getAndAdd(100_000_000), headers, connections, measure);
    long cpu = server.cpuMillis() - cpuBefore;
    rows.add(new Row(name, store, result, result.requests() == 0 ? Double.NaN : cpu * 1000.0 / result.requests()));
  }

  /** One request sent before the load, so that a scenario that does not do what it should is noticed. */
  private void check(ServerProcess server, String body, String acceptLanguage, boolean evaluate) throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(server.graphql()).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(Bodies.filled(body, 0), StandardCharsets.UTF_8));
    if (acceptLanguage != null) {
      request.header("Accept-Language", acceptLanguage);
    }
    if (evaluate) {
      request.header("Authorization", "Bearer " + SECRET);
    }
    HttpResponse<String> response = HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    boolean ok = response.statusCode() == 200 && !response.body().contains("\"errors\"")
        && (!evaluate || response.body().contains("\"userErrors\":[]") && response.body().contains("\"evaluation\":{"));
    if (!ok) {
      throw new IllegalStateException("a benchmark request fails: " + response.statusCode() + " " + response.body());
    }
  }

  /** The highest RSS of a server process, sampled every 100 ms. */
  private static final class RssSampler extends Thread {
    private final ServerProcess server;
    private volatile long max;

    RssSampler(ServerProcess server) {
      this.server = server;
      setDaemon(true);
    }

    @Override
    public void run() {
      while (!isInterrupted()) {
        max = Math.max(max, server.rssKib());
        try {
          Thread.sleep(100);
        } catch (InterruptedException e) {
          return;
        }
      }
    }

    long max() {
      return max;
    }
  }

  // --- the large evaluation ---------------------------------------------------------------------------

  /** The deployments evaluation, and the revenue-lines one beside it (null when it did not run). */
  private record Large(long bodyBytes, double evaluateMillis, double maxMillis, double parseMillis, double ratio, Large revenue) {
    /** Microseconds per input item (deployment or revenue line): 100,000 of them. */
    double microsPerItem() {
      return evaluateMillis * 1000 / 100_000;
    }
  }

  /** {@code evaluatePartner} over every option beside {@code evaluate} of one, with the same large data. */
  private record PartnerWide(int options, double evaluateMillis, double partnerMillis, double partnerMaxMillis, double ratio) {
  }

  private static final Pattern PARTNER = Pattern.compile("PARTNER options=(\\d+) evaluate_p50_ms=([\\d.]+) partner_p50_ms=([\\d.]+) "
      + "partner_max_ms=([\\d.]+) ratio=([\\d.]+)");

  private static final Pattern LARGE = Pattern.compile("(LARGE|REVENUE) body_bytes=(\\d+) evaluate_p50_ms=([\\d.]+) "
      + "evaluate_max_ms=([\\d.]+) parse_p50_ms=([\\d.]+) ratio=([\\d.]+)");

  /** {@link LargeInput} in a JVM of its own, on the server's jar with its JVM options, on CPU 0. */
  private Large large() throws IOException, InterruptedException, java.net.URISyntaxException {
    List<String> command = new ArrayList<>(serverPin);
    command.add(java());
    command.addAll(javaOptions.stream().filter(o -> !o.startsWith("-XX:SharedArchiveFile")).toList());
    String benchClasses = Path.of(LargeInput.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    command.addAll(List.of("-cp", benchClasses + java.io.File.pathSeparator + jar, LargeInput.class.getName()));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    process.waitFor();
    Matcher m = LARGE.matcher(output);
    Large deployments = null;
    Large revenue = null;
    while (m.find()) {
      Large found = new Large(Long.parseLong(m.group(2)), Double.parseDouble(m.group(3)), Double.parseDouble(m.group(4)),
          Double.parseDouble(m.group(5)), Double.parseDouble(m.group(6)), null);
      if (m.group(1).equals("LARGE")) {
        deployments = found;
      } else {
        revenue = found;
      }
    }
    if (deployments == null || revenue == null) {
      notes.add("a large evaluation did not run: " + output.lines().filter(l -> l.contains("fail")).findFirst().orElse(output));
    }
    Matcher p = PARTNER.matcher(output);
    if (p.find()) {
      partnerWide = new PartnerWide(Integer.parseInt(p.group(1)), Double.parseDouble(p.group(2)), Double.parseDouble(p.group(3)),
          Double.parseDouble(p.group(4)), Double.parseDouble(p.group(5)));
    } else {
      notes.add("the partner-wide evaluation did not run: " + output.lines().filter(l -> l.contains("fail")).findFirst().orElse(output));
    }
    return deployments == null ? null : new Large(deployments.bodyBytes(), deployments.evaluateMillis(), deployments.maxMillis(),
        deployments.parseMillis(), deployments.ratio(), revenue);
  }

  // --- PostgreSQL ----------------------------------------------------------------------------------------

  private record Persistent(long maxRssKib, List<Double> gcPauses, long stored, long rowBytes, long tierSets, long tierSetBytes) {
  }

  private Persistent persistent() throws Exception {
    String adminUrl = env.get("BENCH_DATABASE_URL");
    if (adminUrl == null || adminUrl.isBlank()) {
      notes.add("PostgreSQL rows skipped: BENCH_DATABASE_URL is not set (make bench sets it)");
      return null;
    }
    PgConnectOptions admin = Database.options(adminUrl);
    String name = "bench_" + run;
    Vertx vertx = Vertx.vertx();
    Pool adminPool = PgBuilder.pool().connectingTo(admin).using(vertx).build();
    try {
      adminPool.query("CREATE DATABASE " + name).execute().await();
      String url = "postgresql://" + admin.getUser() + (admin.getPassword() == null || admin.getPassword().isEmpty() ? "" : ":" + admin.getPassword())
          + "@" + admin.getHost() + ":" + admin.getPort() + "/" + name;
      Map<String, String> serverEnv = new HashMap<>(Map.of("API_KEYS", "bench:integrator:" + SECRET, "DATABASE_URL", url));
      long maxRss;
      List<Double> pauses;
      try (ServerProcess server = ServerProcess.start(serverPin, java(), javaOptions, jar, serverEnv, workDir)) {
        String evaluate = Bodies.evaluate(50, 10, "bench-" + run + "-pg-");
        check(server, evaluate, null, true);
        RssSampler rss = new RssSampler(server);
        rss.start();
        scenario(server, "evaluate, 50 customers", "PostgreSQL", evaluate, Map.of("Authorization", "Bearer " + SECRET));
        rss.interrupt();
        rss.join();
        maxRss = Math.max(rss.max(), server.peakRssKib());
        pauses = server.gcPauses();
      }
      Pool pool = PgBuilder.pool().connectingTo(new PgConnectOptions(admin).setDatabase(name)).using(vertx).build();
      try {
        io.vertx.sqlclient.Row stats = pool.query("SELECT count(*), coalesce(avg(pg_column_size(e.*)), 0)::bigint FROM evaluation e")
            .execute().await().iterator().next();
        long tierSets = -1;
        long tierSetBytes = -1;
        if (pool.query("SELECT to_regclass('evaluated_tiers') IS NOT NULL").execute().await().iterator().next().getBoolean(0)) {
          io.vertx.sqlclient.Row shared = pool.query("SELECT count(*), coalesce(avg(pg_column_size(t.*)), 0)::bigint FROM evaluated_tiers t")
              .execute().await().iterator().next();
          tierSets = shared.getLong(0);
          tierSetBytes = shared.getLong(1);
        }
        return new Persistent(maxRss, pauses, stats.getLong(0), stats.getLong(1), tierSets, tierSetBytes);
      } finally {
        pool.close().await();
      }
    } finally {
      adminPool.query("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)").execute().await();
      adminPool.close().await();
      vertx.close().await();
    }
  }

  // --- the table ---------------------------------------------------------------------------------------

  private void print(Embedded embedded, Large large, Persistent persistent) {
    String format = "%-40s %-10s %9s %8s %8s %8s %7s %11s%n";
    System.out.printf(Locale.ROOT, format, "scenario", "store", "req/s", "p50 ms", "p99 ms", "max ms", "errors", "CPU µs/req");
    System.out.println("-".repeat(108));
    for (Row r : rows) {
      Load.Result x = r.result();
      System.out.printf(Locale.ROOT, format, r.scenario(), r.store(), String.format(Locale.ROOT, "%,.0f", x.perSecond()), ms(x.p50Millis()),
          ms(x.p99Millis()), ms(x.maxMillis()), x.errors(), String.format(Locale.ROOT, "%.0f", r.cpuMicrosPerRequest()));
    }
    if (large != null) {
      System.out.printf(Locale.ROOT, format, "evaluate, 20,000 customers (7 MB)", "memory", "", ms(large.evaluateMillis()), "",
          ms(large.maxMillis()), 0, "");
      System.out.printf(Locale.ROOT, format, "  its parse floor: body to JsonObject", "same JVM", "", ms(large.parseMillis()), "", "", "", "");
    }
    if (large != null && large.revenue() != null) {
      System.out.printf(Locale.ROOT, format, "evaluate, 20,000 customers, revenue lines", "memory", "", ms(large.revenue().evaluateMillis()),
          "", ms(large.revenue().maxMillis()), 0, "");
      System.out.printf(Locale.ROOT, format, "  its parse floor: body to JsonObject", "same JVM", "", ms(large.revenue().parseMillis()), "", "",
          "", "");
    }
    if (partnerWide != null) {
      System.out.printf(Locale.ROOT, format, "evaluatePartner, same 20,000, " + partnerWide.options() + " options", "memory", "",
          ms(partnerWide.partnerMillis()), "", ms(partnerWide.partnerMaxMillis()), 0, "");
    }
    System.out.println();
    System.out.printf(Locale.ROOT, "start to /ready (embedded store, median of %d): %.0f ms wall, %d ms CPU%n", starts,
        embedded.readyMillis(), embedded.readyCpuMillis());
    if (large != null) {
      System.out.printf(Locale.ROOT, "large evaluation: %.1f MiB body, median %.0f ms = %.2f × its parse floor (%.0f ms), median of %d%n",
          large.bodyBytes() / 1048576.0, large.evaluateMillis(), large.ratio(), large.parseMillis(), LargeInput.ROUNDS);
    }
    if (large != null && large.revenue() != null) {
      Large revenue = large.revenue();
      System.out.printf(Locale.ROOT, "large evaluation with revenue lines: %.1f MiB body, median %.0f ms = %.2f × its parse floor (%.0f ms)%n",
          revenue.bodyBytes() / 1048576.0, revenue.evaluateMillis(), revenue.ratio(), revenue.parseMillis());
      System.out.printf(Locale.ROOT, "per input item (median / 100,000): %.1f µs per deployment, %.1f µs per revenue line%n",
          large.microsPerItem(), revenue.microsPerItem());
    }
    if (partnerWide != null) {
      System.out.printf(Locale.ROOT, "evaluatePartner, the large deployments data against all %d options: median %.0f ms = %.2f × evaluate"
          + " of one (%.0f ms), sent in turns%n", partnerWide.options(), partnerWide.partnerMillis(), partnerWide.ratio(),
          partnerWide.evaluateMillis());
    }
    System.out.printf(Locale.ROOT, "memory: highest RSS %d MiB (embedded store)%s; GC pauses: %s%n", embedded.maxRssKib() >> 10,
        persistent == null ? "" : String.format(Locale.ROOT, ", %d MiB (PostgreSQL)", persistent.maxRssKib() >> 10),
        pauses(embedded.gcPauses()) + (persistent == null ? "" : "; PostgreSQL server " + pauses(persistent.gcPauses())));
    if (persistent != null) {
      System.out.printf(Locale.ROOT, "PostgreSQL: %,d evaluations stored, %d bytes per row on average%s%n", persistent.stored(),
          persistent.rowBytes(), persistent.tierSets() < 0 ? "" : String.format(Locale.ROOT, "; %d tier set(s) of %,d bytes shared",
              persistent.tierSets(), persistent.tierSetBytes()));
    }
    notes.forEach(n -> System.out.println("note: " + n));

    System.out.println();
    System.out.println("targets");
    Row pgEvaluate = row("evaluate, 50 customers", "PostgreSQL");
    Row miss = row("page, cache miss (an extra variable)", "memory");
    target("evaluate in PostgreSQL ≥ 3,000/s, p99 ≤ 50 ms", pgEvaluate == null ? null
        : String.format(Locale.ROOT, "%,.0f/s, p99 %s ms", pgEvaluate.result().perSecond(), ms(pgEvaluate.result().p99Millis())),
        pgEvaluate != null && pgEvaluate.result().perSecond() >= 3_000 && pgEvaluate.result().p99Millis() <= 50);
    target("page cache miss ≥ 10,000 req/s on one CPU", miss == null ? null : String.format(Locale.ROOT, "%,.0f/s", miss.result().perSecond()),
        miss != null && miss.result().perSecond() >= 10_000);
    target("large evaluate ≤ 1.5 × its parse floor", large == null ? null : String.format(Locale.ROOT, "%.2f ×", large.ratio()),
        large != null && large.ratio() <= 1.5);
    Large revenue = large == null ? null : large.revenue();
    target("revenue lines no slower per item than deployments", revenue == null ? null
        : String.format(Locale.ROOT, "%.1f vs %.1f µs", revenue.microsPerItem(), large.microsPerItem()),
        revenue != null && revenue.microsPerItem() <= large.microsPerItem());
    target("evaluatePartner, every option ≤ 3 × evaluate", partnerWide == null ? null
        : String.format(Locale.ROOT, "%.2f × (%d options)", partnerWide.ratio(), partnerWide.options()),
        partnerWide != null && partnerWide.ratio() <= 3);
    target("ready ≤ 1.5 s", String.format(Locale.ROOT, "%.2f s", embedded.readyMillis() / 1000), embedded.readyMillis() <= 1_500);
    long rss = Math.max(embedded.maxRssKib(), persistent == null ? 0 : persistent.maxRssKib());
    target("RSS ≤ 300 MB", String.format(Locale.ROOT, "%d MB", rss * 1024 / 1_000_000), rss * 1024 <= 300_000_000L);
    double longest = longest(embedded.gcPauses(), persistent == null ? List.of() : persistent.gcPauses());
    target("no multi-second GC pause", String.format(Locale.ROOT, "longest %.0f ms", longest), longest < 1_000);
  }

  private Row row(String scenario, String store) {
    return rows.stream().filter(r -> r.scenario().equals(scenario) && r.store().equals(store)).findFirst().orElse(null);
  }

  private static void target(String target, String measured, boolean met) {
    System.out.printf(Locale.ROOT, "  %-50s %-22s %s%n", target, measured == null ? "not measured" : measured,
        measured == null ? "-" : met ? "met" : "NOT MET");
  }

  private static String pauses(List<Double> pauses) {
    double total = pauses.stream().mapToDouble(Double::doubleValue).sum();
    return String.format(Locale.ROOT, "%d, longest %.0f ms, %.0f ms in all", pauses.size(), longest(pauses, List.of()), total);
  }

  private static double longest(List<Double> a, List<Double> b) {
    return Math.max(a.stream().mapToDouble(Double::doubleValue).max().orElse(0), b.stream().mapToDouble(Double::doubleValue).max().orElse(0));
  }

  private static String ms(double millis) {
    return String.format(Locale.ROOT, millis < 10 ? "%.2f" : "%.0f", millis);
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }

  private static long medianOf(long[] values) {
    long[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }

  // --- settings ---------------------------------------------------------------------------------------

  private String setting(String name, String fallback) {
    String value = env.get(name);
    return value == null || value.isBlank() ? fallback : value.trim();
  }

  private List<String> serverJavaOptions() {
    List<String> options = new ArrayList<>(List.of(setting("SERVER_JAVA_OPTS",
        "-Xms32m -Xmx320m -XX:MinHeapFreeRatio=20 -XX:MaxHeapFreeRatio=40 -XX:+UseSerialGC").split("\\s+")));
    if (Files.exists(jsa)) {
      options.addAll(List.of("-XX:SharedArchiveFile=" + jsa, "-Xlog:cds=off", "-Xlog:cds+dynamic=off"));
    }
    return options;
  }

  private static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  private static String onPath(String program) {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
      Path candidate = Path.of(dir, program);
      if (Files.isExecutable(candidate)) {
        return candidate.toString();
      }
    }
    return null;
  }

  /** The machine's CPUs, whatever this process is pinned to. */
  private static String cpus() {
    try {
      return Long.toString(Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("processor")).count());
    } catch (IOException e) {
      return Integer.toString(Runtime.getRuntime().availableProcessors());
    }
  }

  private static String loadAverage() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).split(" ", 4)[0];
    } catch (IOException e) {
      return "unknown";
    }
  }
}
