package io.competency.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The server as its own process, started the way the Makefile's launcher starts it (the jar, the JVM
 * options, the class-data sharing archive), optionally pinned to CPUs with {@code taskset}, on a free
 * local port. It knows how long it took from process start to its first 200 on {@code /ready}, and
 * reads its CPU time, resident memory and GC pauses from {@code /proc} and its GC log.
 */
final class ServerProcess implements AutoCloseable {
  private static final Pattern PAUSE = Pattern.compile("Pause .* (\\d+\\.\\d+)ms$");
  private static final long TICKS_PER_SECOND = ticksPerSecond();

  private final Process process;
  private final int port;
  private final Path gcLog;
  private final long readyNanos;
  private final long readyCpuMillis;

  private ServerProcess(Process process, int port, Path gcLog, long readyNanos, long readyCpuMillis) {
    this.process = process;
    this.port = port;
    this.gcLog = gcLog;
    this.readyNanos = readyNanos;
    this.readyCpuMillis = readyCpuMillis;
  }

  /**
   * Starts {@code java [javaOptions] -jar jar} with {@code env} added to this process's environment,
   * prefixed by {@code pin} (e.g. {@code taskset -c 0}; empty: not pinned), and waits for {@code /ready}.
   */
  static ServerProcess start(List<String> pin, String java, List<String> javaOptions, Path jar, Map<String, String> env, Path workDir)
      throws IOException, InterruptedException {
    int port = freePort();
    Path gcLog = Files.createTempFile(workDir, "gc-", ".log");
    Path output = Files.createTempFile(workDir, "server-", ".log");
    List<String> command = new ArrayList<>(pin);
    command.add(java);
    command.addAll(javaOptions);
    command.add("-Xlog:gc:file=" + gcLog);
    command.add("-jar");
    command.add(jar.toString());
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile());
    builder.environment().putAll(env);
    builder.environment().put("HOST", "127.0.0.1");
    builder.environment().put("PORT", Integer.toString(port));
    long began = System.nanoTime();
    Process process = builder.start();
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
    HttpRequest ready = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/ready")).timeout(Duration.ofSeconds(5)).build();
    long deadline = began + TimeUnit.SECONDS.toNanos(120);
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException("the server exited with " + process.exitValue() + ":\n" + Files.readString(output));
      }
      try {
        if (http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
          long readyNanos = System.nanoTime() - began;
          return new ServerProcess(process, port, gcLog, readyNanos, cpuMillis(process.pid()));
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      Thread.sleep(5);
    }
    process.destroyForcibly();
    throw new IllegalStateException("the server was not ready within 120 s:\n" + Files.readString(output));
  }

  int port() {
    return port;
  }

  URI graphql() {
    return URI.create("http://127.0.0.1:" + port + "/graphql");
  }

  /** Wall-clock milliseconds from process start to the first 200 on {@code /ready}. */
  double readyMillis() {
    return readyNanos / 1e6;
  }

  /** CPU milliseconds (user + system, every thread) the process had used when it was ready. */
  long readyCpuMillis() {
    return readyCpuMillis;
  }

  /** CPU milliseconds (user + system, every thread) used so far. */
  long cpuMillis() {
    return cpuMillis(process.pid());
  }

  /** Resident memory now, in KiB. */
  long rssKib() {
    return status("VmRSS");
  }

  /** The highest resident memory so far, in KiB. */
  long peakRssKib() {
    return status("VmHWM");
  }

  /** Every GC pause so far, in milliseconds, from the server's GC log. */
  List<Double> gcPauses() throws IOException {
    List<Double> pauses = new ArrayList<>();
    for (String line : Files.readAllLines(gcLog)) {
      Matcher m = PAUSE.matcher(line);
      if (m.find()) {
        pauses.add(Double.parseDouble(m.group(1)));
      }
    }
    return pauses;
  }

  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(20, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
    }
  }

  private long status(String field) {
    try {
      for (String line : Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status"))) {
        if (line.startsWith(field + ":")) {
          return Long.parseLong(line.replaceAll("\\D", ""));
        }
      }
    } catch (IOException | NumberFormatException e) {
      return -1;
    }
    return -1;
  }

  private static long cpuMillis(long pid) {
    try {
      String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
      String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 1000 / TICKS_PER_SECOND;
    } catch (IOException | RuntimeException e) {
      return -1;
    }
  }

  private static long ticksPerSecond() {
    try {
      Process p = new ProcessBuilder("getconf", "CLK_TCK").redirectErrorStream(true).start();
      String out = new String(p.getInputStream().readAllBytes()).trim();
      p.waitFor();
      return Long.parseLong(out);
    } catch (IOException | InterruptedException | NumberFormatException e) {
      return 100;
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
