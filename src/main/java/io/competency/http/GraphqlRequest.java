package io.competency.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.competency.graphql.ErrorCode;
import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.jackson.DatabindCodec;
import io.vertx.ext.web.RoutingContext;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * A GraphQL request as received over HTTP (JSON POST body or GET parameters), before its query is
 * resolved from a persisted-query hash. Anything that is not a well-formed GraphQL request is an
 * {@link HttpProblem} with its status (400, 415).
 */
record GraphqlRequest(String query, String operationName, Map<String, Object> variables, String persistedHash) {
  /** Decodes request JSON with decimals as {@link java.math.BigDecimal}. */
  private static final ObjectMapper EXACT = DatabindCodec.mapper().copy()
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

  static GraphqlRequest fromBody(RoutingContext ctx) {
    String type = ctx.request().getHeader("Content-Type");
    if (type == null || !type.split(";", 2)[0].trim().equalsIgnoreCase("application/json")) {
      throw new HttpProblem(415, ErrorCode.UNSUPPORTED_MEDIA_TYPE, "POST a JSON body with Content-Type: application/json");
    }
    Buffer body = ctx.body().buffer();
    if (body == null || body.length() == 0) {
      throw new HttpProblem(400, ErrorCode.BAD_REQUEST, "the request body is empty");
    }
    Map<?, ?> object = decode(body.getBytes(), "the body");
    return request(object.get("query"), object.get("operationName"), object.get("variables"), object.get("extensions"));
  }

  static GraphqlRequest fromQueryString(RoutingContext ctx) {
    MultiMap params;
    try {
      params = ctx.request().params();
    } catch (IllegalArgumentException e) {
      throw new HttpProblem(400, ErrorCode.BAD_REQUEST, "the query string is not valid URL encoding (escape '%' as %25)");
    }
    return request(params.get("query"), params.get("operationName"), decodeParam(params.get("variables"), "variables"),
        decodeParam(params.get("extensions"), "extensions"));
  }

  private static Object decodeParam(String value, String name) {
    return value == null || value.isBlank() ? null : decode(value, name);
  }

  /**
   * A JSON object decoded straight to plain maps and lists, as graphql-java takes variables. Numbers with
   * a fraction or exponent are decoded as {@link java.math.BigDecimal}, never {@code double}, so that
   * amounts of money arrive exactly as sent.
   */
  /** {@link #decode(String, String)} of UTF-8 bytes, parsed as they are rather than decoded into a String first. */
  private static Map<?, ?> decode(byte[] json, String what) {
    int start = 0;
    while (start < json.length && (json[start] == ' ' || json[start] == '\n' || json[start] == '\r' || json[start] == '\t')) {
      start++;
    }
    if (start == json.length || json[start] != '{') {
      return decode(new String(json, StandardCharsets.UTF_8), what);
    }
    try {
      return EXACT.readValue(json, Map.class);
    } catch (JsonProcessingException e) {
      throw new HttpProblem(400, ErrorCode.BAD_REQUEST, what + " is not valid JSON");
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static Map<?, ?> decode(String json, String what) {
    if (!json.stripLeading().startsWith("{")) {
      throw new HttpProblem(400, ErrorCode.BAD_REQUEST, what + " must be a JSON object");
    }
    try {
      return EXACT.readValue(json, Map.class);
    } catch (JsonProcessingException e) {
      throw new HttpProblem(400, ErrorCode.BAD_REQUEST, what + " is not valid JSON");
    }
  }

  @SuppressWarnings("unchecked")
  private static GraphqlRequest request(Object query, Object operationName, Object variables, Object extensions) {
    if (query != null && !(query instanceof String)) {
      throw new HttpProblem(400, ErrorCode.BAD_REQUEST, "query must be a string");
    }
    if (operationName != null && !(operationName instanceof String)) {
      throw new HttpProblem(400, ErrorCode.BAD_REQUEST, "operationName must be a string");
    }
    if (variables != null && !(variables instanceof Map<?, ?>)) {
      throw new HttpProblem(400, ErrorCode.BAD_REQUEST, "variables must be a JSON object");
    }
    if (extensions != null && !(extensions instanceof Map<?, ?>)) {
      throw new HttpProblem(400, ErrorCode.BAD_REQUEST, "extensions must be a JSON object");
    }
    String hash = null;
    if (extensions instanceof Map<?, ?> ext && ext.get("persistedQuery") instanceof Map<?, ?> pq) {
      if (!(pq.get("sha256Hash") instanceof String h) || !h.matches("[0-9a-fA-F]{64}")) {
        throw new HttpProblem(400, ErrorCode.BAD_REQUEST, "extensions.persistedQuery.sha256Hash must be a SHA-256 hex digest");
      }
      hash = h.toLowerCase(java.util.Locale.ROOT);
    }
    Map<String, Object> vars = variables == null ? Map.of() : (Map<String, Object>) variables;
    return new GraphqlRequest((String) query, (String) operationName, vars, hash);
  }
}
