package io.competency.bench;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A closed-loop HTTP load generator over loopback: {@code connections} connections, each sending the
 * next request as soon as the previous answer has arrived, for a fixed time. It is wrk when wrk is
 * installed (one thread, pinned with {@code taskset} when given), else a Vert.x HTTP client in this JVM.
 */
interface Load {

  /** The outcome of one run: how many requests were answered, in how long, with which latencies. */
  record Result(long requests, double seconds, double p50Millis, double p99Millis, double maxMillis, long errors) {
    double perSecond() {
      return requests / seconds;
    }
  }

  /**
   * POSTs {@code body} (with its {@link Bodies#SLOT} numbered from {@code firstNumber + 1} on) to
   * {@code uri} with {@code headers}, over {@code connections} connections, for {@code duration}.
   */
  Result run(URI uri, String body, long firstNumber, Map<String, String> headers, int connections, Duration duration)
      throws IOException, InterruptedException;

  String name();

  /** wrk, run as {@code pin + [wrk, …]}, with the benchmark's Lua script. */
  static Load wrk(String wrk, List<String> pin, Path workDir) {
    return new Wrk(wrk, pin, workDir);
  }

  /** The fallback: a Vert.x HTTP client in this JVM. */
  static Load vertx() {
    return new VertxLoad();
  }

  /** wrk with {@code src/test/resources/bench/wrk.lua}. */
  final class Wrk implements Load {
    private static final Pattern LINE = Pattern.compile("BENCH requests=(\\d+) duration_us=(\\d+) p50_us=(\\d+) p99_us=(\\d+) "
        + "max_us=(\\d+) status_errors=(\\d+) socket_errors=(\\d+)");

    private final String wrk;
    private final List<String> pin;
    private final Path workDir;

    private Wrk(String wrk, List<String> pin, Path workDir) {
      this.wrk = wrk;
      this.pin = pin;
      this.workDir = workDir;
    }

    @Override
    public String name() {
      return "wrk -t1" + (pin.isEmpty() ? "" : " (" + String.join(" ", pin) + ")");
    }

    @Override
    public Result run(URI uri, String body, long firstNumber, Map<String, String> headers, int connections, Duration duration)
        throws IOException, InterruptedException {
      Path script = workDir.resolve("wrk.lua");
      if (!Files.exists(script)) {
        try (var in = Load.class.getResourceAsStream("/bench/wrk.lua")) {
          Files.write(script, in.readAllBytes());
        }
      }
      Path bodyFile = Files.createTempFile(workDir, "body-", ".json");
      Files.writeString(bodyFile, body);
      List<String> command = new ArrayList<>(pin);
      command.addAll(List.of(wrk, "-t1", "-c" + connections, "-d" + duration.toSeconds() + "s", "--latency",
          "--timeout", "10s", "-s", script.toString(), uri.toString(), "--", bodyFile.toString(), Long.toString(firstNumber)));
      headers.forEach((name, value) -> command.add(name + ": " + value));
      Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      process.waitFor();
      Files.delete(bodyFile);
      Matcher m = LINE.matcher(output);
      if (!m.find()) {
        throw new IllegalStateException("wrk said:\n" + output);
      }
      return new Result(Long.parseLong(m.group(1)), Long.parseLong(m.group(2)) / 1e6, Long.parseLong(m.group(3)) / 1e3,
          Long.parseLong(m.group(4)) / 1e3, Long.parseLong(m.group(5)) / 1e3, Long.parseLong(m.group(6)) + Long.parseLong(m.group(7)));
    }
  }

  /** A Vert.x HTTP/1.1 client in this JVM, used when wrk is not installed. */
  final class VertxLoad implements Load {
    @Override
    public String name() {
      return "Vert.x HTTP client (wrk not installed)";
    }

    @Override
    public Result run(URI uri, String body, long firstNumber, Map<String, String> headers, int connections, Duration duration)
        throws InterruptedException {
      Vertx vertx = Vertx.vertx();
      try {
        HttpClient client = vertx.createHttpClient(new HttpClientOptions().setKeepAlive(true), new PoolOptions().setHttp1MaxSize(connections));
        AtomicLong number = new AtomicLong(firstNumber);
        AtomicLong errors = new AtomicLong();
        Histogram latencies = new Histogram();
        long began = System.nanoTime();
        long end = began + duration.toNanos();
        CountDownLatch done = new CountDownLatch(connections);
        for (int c = 0; c < connections; c++) {
          loop(client, uri, body, headers, number, errors, latencies, end, done);
        }
        done.await(duration.toSeconds() + 60, TimeUnit.SECONDS);
        double seconds = (System.nanoTime() - began) / 1e9;
        return new Result(latencies.count(), seconds, latencies.percentile(50), latencies.percentile(99), latencies.max(), errors.get());
      } finally {
        vertx.close().await();
      }
    }

    private static void loop(HttpClient client, URI uri, String body, Map<String, String> headers, AtomicLong number, AtomicLong errors,
        Histogram latencies, long end, CountDownLatch done) {
      if (System.nanoTime() >= end) {
        done.countDown();
        return;
      }
      RequestOptions options = new RequestOptions().setMethod(HttpMethod.POST).setHost(uri.getHost()).setPort(uri.getPort())
          .setURI(uri.getPath()).putHeader("Content-Type", "application/json");
      headers.forEach(options::putHeader);
      Buffer payload = Buffer.buffer(Bodies.filled(body, number.incrementAndGet()));
      long sent = System.nanoTime();
      client.request(options)
          .compose(request -> request.send(payload))
          .compose(response -> response.body().map(b -> response.statusCode()))
          .recover(failure -> Future.succeededFuture(-1))
          .onComplete(status -> {
            if (status.result() != 200) {
              errors.incrementAndGet();
            }
            latencies.record(System.nanoTime() - sent);
            loop(client, uri, body, headers, number, errors, latencies, end, done);
          });
    }
  }

  /** Latencies in buckets of 10 µs up to 10 ms, then of 1 ms up to 100 s. */
  final class Histogram {
    private static final int FINE = 1_000;
    private final AtomicLongArray counts = new AtomicLongArray(FINE + 100_000);
    private final AtomicLong max = new AtomicLong();

    void record(long nanos) {
      long micros = nanos / 1_000;
      int bucket = micros < 10_000 ? (int) (micros / 10) : (int) Math.min(counts.length() - 1, FINE + micros / 1_000);
      counts.incrementAndGet(bucket);
      max.accumulateAndGet(nanos, Math::max);
    }

    long count() {
      long n = 0;
      for (int i = 0; i < counts.length(); i++) {
        n += counts.get(i);
      }
      return n;
    }

    /** The upper edge of the bucket holding the p-th percentile, in milliseconds. */
    double percentile(double p) {
      long rank = (long) Math.ceil(p / 100.0 * count());
      long seen = 0;
      for (int i = 0; i < counts.length(); i++) {
        seen += counts.get(i);
        if (seen >= rank && seen > 0) {
          return i < FINE ? (i + 1) * 0.01 : (i - FINE + 1);
        }
      }
      return 0;
    }

    double max() {
      return max.get() / 1e6;
    }
  }
}
