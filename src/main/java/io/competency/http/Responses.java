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
  /** The routing-context key of the {@link MediaType} a {@code /graphql} request's answers are sent as. */
  static final String MEDIA_TYPE = "graphql.mediaType";

  private Responses() {
  }

  static void json(RoutingContext ctx, int status, Object body) {
    send(ctx, status, Buffer.buffer(Json.encode(body)));
  }

  /** Sends {@code body} as JSON, or, on {@code /graphql}, as the media type negotiated for the request. */
  static void send(RoutingContext ctx, int status, Buffer body) {
    MediaType type = ctx.get(MEDIA_TYPE);
    send(ctx.response(), status, body, type == null ? JSON : type.contentType());
  }

  static void send(HttpServerResponse response, int status, Buffer body) {
    send(response, status, body, JSON);
  }

  private static void send(HttpServerResponse response, int status, Buffer body, String contentType) {
    if (response.ended() || response.closed()) {
      return;
    }
    response.setStatusCode(status).putHeader("Content-Type", contentType).end(body);
  }

  /**
   * A top-level GraphQL error response: {@code {"errors":[{"message", "extensions":{"code"}}]}}, the one
   * shape of every error this server sends, on every path.
   */
  static void error(RoutingContext ctx, int status, ErrorCode code, String message) {
    send(ctx, status, errorBody(code, message));
  }

  static void error(HttpServerResponse response, int status, ErrorCode code, String message) {
    send(response, status, errorBody(code, message));
  }

  static Buffer errorBody(ErrorCode code, String message) {
    return Buffer.buffer(Json.encode(Map.of("errors", List.of(Map.of("message", message, "extensions", Map.of("code", code.name()))))));
  }
}
