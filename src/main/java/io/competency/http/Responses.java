package io.competency.http;

import io.competency.graphql.ErrorCode;
import io.vertx.core.buffer.Buffer;
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
    if (ctx.response().ended() || ctx.response().closed()) {
      return;
    }
    ctx.response().setStatusCode(status).putHeader("Content-Type", JSON).end(body);
  }

  /** A top-level GraphQL error response: {@code {"errors":[{"message", "extensions":{"code"}}]}}. */
  static void error(RoutingContext ctx, int status, ErrorCode code, String message) {
    json(ctx, status, Map.of("errors", List.of(Map.of("message", message, "extensions", Map.of("code", code.name())))));
  }
}
