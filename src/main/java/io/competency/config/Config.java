package io.competency.config;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Server configuration from environment variables, each with a safe default. Invalid values stop
 * start-up with a message naming the variable.
 *
 * <table>
 *   <tr><th>variable</th><th>default</th></tr>
 *   <tr><td>HOST</td><td>127.0.0.1 (set 0.0.0.0 to listen on every interface)</td></tr>
 *   <tr><td>PORT</td><td>8080</td></tr>
 *   <tr><td>DATABASE_URL</td><td>none: the embedded in-memory store</td></tr>
 *   <tr><td>API_KEYS</td><td>none: {@code name:role:secret,...}</td></tr>
 *   <tr><td>CORS_ORIGINS</td><td>none: comma-separated origins, or {@code *}</td></tr>
 *   <tr><td>CATALOG_DIR</td><td>none: the catalog bundled in the jar; a directory of catalog files overrides it</td></tr>
 *   <tr><td>MAX_BODY_BYTES</td><td>16777216 (16 MiB: 20,000 customers with 100,000 deployments fit)</td></tr>
 *   <tr><td>MAX_QUERY_CHARS</td><td>100000</td></tr>
 *   <tr><td>MAX_DEPTH / MAX_FIELDS / MAX_ALIASES</td><td>15 / 2000 / 50</td></tr>
 *   <tr><td>INTROSPECTION</td><td>true</td></tr>
 *   <tr><td>DB_TIMEOUT</td><td>5 seconds: the longest wait for a connection, a statement or a silent database</td></tr>
 *   <tr><td>DB_POOL_SIZE / DB_MAX_WAIT_QUEUE</td><td>8 / 128: connections, and calls that may wait for one</td></tr>
 *   <tr><td>HTTP_IDLE_TIMEOUT</td><td>60 seconds: a connection with no traffic is closed</td></tr>
 *   <tr><td>HTTP_REQUEST_TIMEOUT</td><td>30 seconds: a request's headers and body must have arrived by then</td></tr>
 *   <tr><td>METRICS</td><td>true: Prometheus metrics at /metrics</td></tr>
 *   <tr><td>HTTP_CACHE_MAX_AGE</td><td>30 seconds: how long catalog answers to GET may be used before revalidation</td></tr>
 *   <tr><td>LOG_FORMAT / LOG_LEVEL</td><td>auto (text on a terminal, else json) / INFO; read by logging itself,
 *   which starts first, and only checked here</td></tr>
 *   <tr><td>MAX_STORED_EVALUATIONS</td><td>10000 (embedded store only: the oldest are evicted beyond it)</td></tr>
 *   <tr><td>EVALUATION_BATCH_SIZE / EVALUATION_BATCH_WINDOW_MS</td><td>128 / 2 (PostgreSQL only: group commit)</td></tr>
 * </table>
 */
public record Config(
    String host,
    int port,
    String databaseUrl,
    String apiKeys,
    List<String> corsOrigins,
    Path catalogDir,
    int maxBodyBytes,
    int maxQueryChars,
    int maxDepth,
    int maxFields,
    int maxAliases,
    boolean introspection,
    int maxStoredEvaluations,
    int evaluationBatchSize,
    int evaluationBatchWindowMillis,
    Timeouts timeouts,
    boolean metrics,
    int httpCacheMaxAgeSeconds) {

  /**
   * Every wait the server bounds: on the database ({@code dbTimeoutSeconds} for a pooled connection, a
   * statement, or silence on a connection; at most {@code dbMaxWaitQueue} calls waiting for one of
   * {@code dbPoolSize} connections) and on HTTP clients (idle connections; requests whose headers
   * and body have not arrived within {@code httpRequestTimeoutSeconds}).
   */
  public record Timeouts(int dbTimeoutSeconds, int dbPoolSize, int dbMaxWaitQueue, int httpIdleTimeoutSeconds,
      int httpRequestTimeoutSeconds) {
  }

  public static Config fromEnvironment() {
    return from(System.getenv());
  }

  public static Config from(Map<String, String> env) {
    Reader r = new Reader(env);
    Config config = new Config(
        r.text("HOST", "127.0.0.1"),
        r.integer("PORT", 8080, 0, 65535),
        r.text("DATABASE_URL", null),
        r.text("API_KEYS", null),
        r.list("CORS_ORIGINS"),
        r.path("CATALOG_DIR"),
        r.integer("MAX_BODY_BYTES", 16 * 1024 * 1024, 1024, Integer.MAX_VALUE),
        r.integer("MAX_QUERY_CHARS", 100_000, 100, 10_000_000),
        r.integer("MAX_DEPTH", 15, 2, 1000),
        r.integer("MAX_FIELDS", 2_000, 10, 1_000_000),
        r.integer("MAX_ALIASES", 50, 0, 100_000),
        r.bool("INTROSPECTION", true),
        r.integer("MAX_STORED_EVALUATIONS", 10_000, 1, 100_000_000),
        r.integer("EVALUATION_BATCH_SIZE", 128, 1, 10_000),
        r.integer("EVALUATION_BATCH_WINDOW_MS", 2, 0, 60_000),
        new Timeouts(
            r.integer("DB_TIMEOUT", 5, 1, 3600),
            r.integer("DB_POOL_SIZE", 8, 1, 1000),
            r.integer("DB_MAX_WAIT_QUEUE", 128, 0, 100_000),
            r.integer("HTTP_IDLE_TIMEOUT", 60, 1, 86_400),
            r.integer("HTTP_REQUEST_TIMEOUT", 30, 1, 86_400)),
        r.bool("METRICS", true),
        r.integer("HTTP_CACHE_MAX_AGE", 30, 0, 86_400));
    r.choice("LOG_FORMAT", List.of("auto", "json", "text"));
    r.choice("LOG_LEVEL", List.of("TRACE", "DEBUG", "INFO", "WARN", "ERROR", "OFF"));
    if (!r.problems.isEmpty()) {
      throw new IllegalArgumentException("invalid configuration: " + String.join("; ", r.problems));
    }
    return config;
  }

  public Config withPort(int newPort) {
    return new Config(host, newPort, databaseUrl, apiKeys, corsOrigins, catalogDir, maxBodyBytes, maxQueryChars,
        maxDepth, maxFields, maxAliases, introspection, maxStoredEvaluations, evaluationBatchSize, evaluationBatchWindowMillis, timeouts, metrics, httpCacheMaxAgeSeconds);
  }

  public Config withDatabaseUrl(String url) {
    return new Config(host, port, url, apiKeys, corsOrigins, catalogDir, maxBodyBytes, maxQueryChars,
        maxDepth, maxFields, maxAliases, introspection, maxStoredEvaluations, evaluationBatchSize, evaluationBatchWindowMillis, timeouts, metrics, httpCacheMaxAgeSeconds);
  }

  private static final class Reader {
    private final Map<String, String> env;
    private final List<String> problems = new ArrayList<>();

    Reader(Map<String, String> env) {
      this.env = env;
    }

    String text(String name, String fallback) {
      String value = env.get(name);
      return value == null || value.isBlank() ? fallback : value.trim();
    }

    int integer(String name, int fallback, int min, int max) {
      String value = text(name, null);
      if (value == null) {
        return fallback;
      }
      try {
        int parsed = Integer.parseInt(value);
        if (parsed >= min && parsed <= max) {
          return parsed;
        }
      } catch (NumberFormatException e) {
        // reported below
      }
      problems.add(name + " must be a whole number from " + min + " to " + max + " (got '" + value + "')");
      return fallback;
    }

    boolean bool(String name, boolean fallback) {
      String value = text(name, null);
      if (value == null) {
        return fallback;
      }
      if (value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false")) {
        return Boolean.parseBoolean(value);
      }
      problems.add(name + " must be true or false (got '" + value + "')");
      return fallback;
    }

    void choice(String name, List<String> allowed) {
      String value = text(name, null);
      if (value != null && allowed.stream().noneMatch(value::equalsIgnoreCase)) {
        problems.add(name + " must be one of " + String.join(", ", allowed) + " (got '" + value + "')");
      }
    }

    Path path(String name) {
      String value = text(name, null);
      return value == null ? null : Path.of(value);
    }

    List<String> list(String name) {
      String value = text(name, null);
      return value == null ? List.of() : List.of(value.split("\\s*,\\s*"));
    }
  }
}
