package io.competency.http;

import io.competency.graphql.ErrorCode;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.Json;
import io.vertx.ext.web.RoutingContext;
import java.util.List;
import java.util.Map;

/** Writes JSON responses, GraphQL-shaped errors included. */
final class Responses {
  static final String JSON = "application/json; charset=utf-8";

  private Responses() {
  }

  static void json(RoutingContext ctx, int status, Object body) {
    send(ctx, status, Buffer.buffer(Json.encode(body)));
  }

  static void send(RoutingContext ctx, int status, Buffer body) {
    send(ctx.response(), status, body);
  }

  static void send(HttpServerResponse response, int status, Buffer body) {
    if (response.ended() || response.closed()) {
      return;
    }
    response.setStatusCode(status).putHeader("Content-Type", JSON).end(body);
  }

  /**
   * A top-level GraphQL error response: {@code {"errors":[{"message", "extensions":{"code"}}]}}, the one
   * shape of every error this server sends, on every path.
   */
  static void error(RoutingContext ctx, int status, ErrorCode code, String message) {
    error(ctx.response(), status, code, message);
  }

  static void error(HttpServerResponse response, int status, ErrorCode code, String message) {
    send(response, status, errorBody(code, message));
  }

  static Buffer errorBody(ErrorCode code, String message) {
    return Buffer.buffer(Json.encode(Map.of("errors", List.of(Map.of("message", message, "extensions", Map.of("code", code.name()))))));
  }
}
