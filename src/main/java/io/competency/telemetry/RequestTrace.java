package io.competency.telemetry;

import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.internal.ContextInternal;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * What identifies one HTTP request in the logs: its request id ({@code X-Request-Id} as the client
 * sent it, when it is a plain token of up to 128 characters, else a new one) and, when the client sent
 * a valid W3C {@code traceparent}, the trace id and the caller's span id.
 *
 * <p>It is kept in the request's Vert.x context (each request runs on a context of its own, which its
 * database callbacks and worker tasks share), so that every log line written while the request is
 * handled carries it, wherever the line comes from.
 */
public record RequestTrace(String requestId, String traceId, String parentSpanId) {
  private static final Pattern REQUEST_ID = Pattern.compile("[A-Za-z0-9._:/+=@-]{1,128}");
  private static final Pattern TRACEPARENT = Pattern.compile("([0-9a-f]{2})-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})(-.*)?");
  private static final String KEY = RequestTrace.class.getName();

  /** From the request's {@code X-Request-Id} and {@code traceparent} headers (either may be null). */
  public static RequestTrace of(String requestIdHeader, String traceparentHeader) {
    String requestId = requestIdHeader != null && REQUEST_ID.matcher(requestIdHeader).matches()
        ? requestIdHeader
        : UUID.randomUUID().toString().replace("-", "");
    var traceparent = traceparentHeader == null ? null : TRACEPARENT.matcher(traceparentHeader.trim());
    if (traceparent == null || !traceparent.matches() || traceparent.group(1).equals("ff")
        || (traceparent.group(1).equals("00") && traceparent.group(5) != null)
        || traceparent.group(2).chars().allMatch(c -> c == '0') || traceparent.group(3).chars().allMatch(c -> c == '0')) {
      return new RequestTrace(requestId, null, null);
    }
    return new RequestTrace(requestId, traceparent.group(2), traceparent.group(3));
  }

  /** Makes this the trace of the request whose context is current (a no-op outside a request's context). */
  public void attach() {
    if (Vertx.currentContext() instanceof ContextInternal context && context.isDuplicate()) {
      context.localContextData().put(KEY, this);
    }
  }

  /** The trace of the request being handled on this thread, or null. */
  public static RequestTrace current() {
    Context context = Vertx.currentContext();
    return context instanceof ContextInternal internal && internal.isDuplicate()
        ? (RequestTrace) internal.localContextData().get(KEY)
        : null;
  }
}
