package io.competency.http;

import io.competency.telemetry.LogSetup;
import io.competency.telemetry.RequestTrace;
import io.competency.telemetry.Telemetry;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.spi.LoggingEventBuilder;

/**
 * The router's first handler: gives each request its {@link RequestTrace} (echoing
 * {@code X-Request-Id}), and when the request ends writes its access-log line — method, path (never
 * the query string), status, duration, GraphQL operation and outcome, the API key's name (never the
 * key), request and trace ids — and records the GraphQL operation's metrics.
 *
 * <p>The {@code /graphql} handler leaves what it learns in the routing context under the keys below.
 */
final class RequestObserver {
  /** The GraphQL operation's type ({@code query}, {@code mutation}). */
  static final String OPERATION_TYPE = "observed.operationType";
  /** The GraphQL operation's name, as the document gives it. */
  static final String OPERATION_NAME = "observed.operationName";
  /** {@code OK}, or the code of the first error the response carries. */
  static final String OUTCOME = "observed.outcome";
  /** The name of the API key the request authenticated with. */
  static final String KEY_NAME = "observed.keyName";

  private static final Logger ACCESS = LoggerFactory.getLogger(LogSetup.ACCESS);

  private final Telemetry telemetry;

  RequestObserver(Telemetry telemetry) {
    this.telemetry = telemetry;
  }

  void handle(RoutingContext ctx) {
    long start = System.nanoTime();
    RequestTrace trace = RequestTrace.of(ctx.request().getHeader("X-Request-Id"), ctx.request().getHeader("traceparent"));
    trace.attach();
    ctx.response().putHeader("X-Request-Id", trace.requestId());
    ctx.addEndHandler(ended -> finished(ctx, trace, System.nanoTime() - start));
    ctx.next();
  }

  /**
   * A request the HTTP decoder refused before any route saw it: given a request id and an access line
   * of its own (its method and path, if any, are not to be trusted, so not logged).
   */
  static void refusedByTheDecoder(HttpServerRequest request, int status) {
    RequestTrace trace = RequestTrace.of(null, null);
    request.response().putHeader("X-Request-Id", trace.requestId());
    ACCESS.atInfo().addKeyValue("status", status).addKeyValue("malformed", true).addKeyValue("requestId", trace.requestId())
        .log("malformed HTTP request answered {}", status);
  }

  private void finished(RoutingContext ctx, RequestTrace trace, long nanos) {
    String outcome = ctx.get(OUTCOME);
    String type = ctx.get(OPERATION_TYPE);
    String name = ctx.get(OPERATION_NAME);
    if (outcome != null) {
      telemetry.graphqlOperation(type == null ? "unknown" : type, name, outcome, nanos);
    }
    int status = ctx.response().getStatusCode();
    boolean completed = ctx.response().ended();
    LoggingEventBuilder line = ACCESS.atInfo()
        .addKeyValue("method", ctx.request().method().name())
        .addKeyValue("path", ctx.request().path())
        .addKeyValue("status", status)
        .addKeyValue("durationMs", TimeUnit.NANOSECONDS.toMicros(nanos) / 1000.0);
    if (!completed) {
      line = line.addKeyValue("aborted", true);
    }
    if (type != null) {
      line = line.addKeyValue("operationType", type);
    }
    if (name != null) {
      line = line.addKeyValue("operation", name);
    }
    if (outcome != null) {
      line = line.addKeyValue("outcome", outcome);
    }
    String key = ctx.get(KEY_NAME);
    if (key != null) {
      line = line.addKeyValue("key", key);
    }
    line = line.addKeyValue("requestId", trace.requestId());
    if (trace.traceId() != null) {
      line = line.addKeyValue("traceId", trace.traceId()).addKeyValue("parentSpanId", trace.parentSpanId());
    }
    line.log("{} {} {}{} {} ms", ctx.request().method().name(), ctx.request().path(), status, completed ? "" : " (aborted)",
        String.format(java.util.Locale.ROOT, "%.1f", nanos / 1e6));
  }
}
