package io.competency.http;

import io.competency.graphql.ErrorCode;
import io.netty.handler.codec.DecoderException;
import io.netty.handler.codec.http.TooLongHttpHeaderException;
import io.netty.handler.codec.http.TooLongHttpLineException;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every request the server refuses outside {@code /graphql}'s own checks — an unknown path, a method
 * an endpoint does not answer, a URL or headers too large, HTTP that does not decode, a router
 * failure — answered in the one error shape, {@code {"errors":[{"message","extensions":{"code"}}]}},
 * so that a client reads every error the same way. Faults are logged with their cause; nothing
 * internal reaches the body.
 */
final class Refusals {
  private static final Logger LOG = Logger.getLogger(Refusals.class.getName());

  /** The endpoints and the methods each answers (the {@code Allow} header of a 405). */
  static final Map<String, String> ENDPOINTS = endpoints();

  private Refusals() {
  }

  private static Map<String, String> endpoints() {
    Map<String, String> endpoints = new LinkedHashMap<>();
    endpoints.put("/graphql", "GET, HEAD, POST");
    endpoints.put("/graphiql", "GET, HEAD");
    endpoints.put("/schema.graphql", "GET, HEAD");
    endpoints.put("/health", "GET, HEAD");
    endpoints.put("/ready", "GET, HEAD");
    endpoints.put("/metrics", "GET, HEAD");
    return Map.copyOf(endpoints);
  }

  /** The last route: a known path asked with another method is 405, anything else 404. */
  static void unrouted(RoutingContext ctx) {
    String allowed = ENDPOINTS.get(ctx.normalizedPath());
    if (allowed != null) {
      methodNotAllowed(ctx, allowed);
      return;
    }
    Responses.error(ctx, 404, ErrorCode.NOT_FOUND,
        "no endpoint at this path; the endpoints are /graphql, /graphiql, /schema.graphql, /health, /ready and /metrics");
  }

  static void methodNotAllowed(RoutingContext ctx, String allowed) {
    graphqlHeaders(ctx);
    ctx.response().putHeader("Allow", allowed);
    Responses.error(ctx, 405, ErrorCode.METHOD_NOT_ALLOWED, ctx.request().method() + " is not answered here; use " + allowed);
  }

  /** Failures raised by handlers (body too large, CORS) and the router's own refusals (a malformed path). */
  static void failure(RoutingContext ctx) {
    failure(ctx, ctx.statusCode());
  }

  /** As {@link #failure(RoutingContext)}, for the router's error handler of {@code status}. */
  static void failure(RoutingContext ctx, int status) {
    graphqlHeaders(ctx);
    switch (status) {
      case 404 -> unrouted(ctx);
      case 405 -> methodNotAllowed(ctx, ENDPOINTS.getOrDefault(ctx.normalizedPath(), "GET"));
      case 413 -> Responses.error(ctx, 413, ErrorCode.PAYLOAD_TOO_LARGE, "the request body exceeds the limit (MAX_BODY_BYTES)");
      case 403 -> Responses.error(ctx, 403, ErrorCode.FORBIDDEN, "this origin is not allowed (CORS_ORIGINS)");
      case 414 -> Responses.error(ctx, 414, ErrorCode.URI_TOO_LONG, "the URL is too long; send the query with POST");
      case 431 -> Responses.error(ctx, 431, ErrorCode.HEADERS_TOO_LARGE, "the request headers are too large");
      default -> {
        if (malformedHttp(ctx.failure())) {
          Responses.error(ctx, 400, ErrorCode.BAD_REQUEST, "the request body is not well-formed HTTP");
          return;
        }
        if (status >= 400 && status < 500) {
          Responses.error(ctx, status, ErrorCode.BAD_REQUEST, "bad request");
          return;
        }
        LOG.log(Level.SEVERE, "request failed: " + ctx.request().method() + " " + ctx.request().path(), ctx.failure());
        Responses.error(ctx, 500, ErrorCode.INTERNAL, "internal error");
      }
    }
  }

  /**
   * A failure of the HTTP decoder while it read the body (a malformed chunk, say): the client's, not a
   * fault; Vert.x closes the connection, so the answer may not reach it.
   */
  private static boolean malformedHttp(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof DecoderException
          || t.getStackTrace().length > 0 && t.getStackTrace()[0].getClassName().startsWith("io.netty.handler.codec.http.")) {
        return true;
      }
    }
    return false;
  }

  /** A refusal on {@code /graphql} says what it varies with and is not stored, like every answer there. */
  private static void graphqlHeaders(RoutingContext ctx) {
    if ("/graphql".equals(ctx.request().path()) && !ctx.response().headWritten()) {
      ctx.response().putHeader("Vary", HttpCaching.VARY);
      HttpCaching.notCacheable(ctx.response());
    }
  }

  /**
   * A request the HTTP decoder could not read (Vert.x's {@code invalidRequestHandler}): a request line
   * over the limit (414), headers over the limit (431) or anything else malformed (400). The
   * connection is closed after the answer, as nothing after it can be trusted to be a request.
   */
  static void invalidRequest(HttpServerRequest request) {
    Throwable cause = request.decoderResult().cause();
    int status = cause instanceof TooLongHttpLineException ? 414 : cause instanceof TooLongHttpHeaderException ? 431 : 400;
    RequestObserver.refusedByTheDecoder(request, status);
    request.response().putHeader("Connection", "close");
    if (status == 414) {
      Responses.error(request.response(), 414, ErrorCode.URI_TOO_LONG, "the URL is too long; send the query with POST");
    } else if (status == 431) {
      Responses.error(request.response(), 431, ErrorCode.HEADERS_TOO_LARGE, "the request headers are too large");
    } else {
      Responses.error(request.response(), 400, ErrorCode.BAD_REQUEST, "the request is not well-formed HTTP");
    }
    request.connection().close();
  }
}
