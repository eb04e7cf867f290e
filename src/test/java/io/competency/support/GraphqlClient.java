package io.competency.support;

import static org.junit.jupiter.api.Assertions.fail;

import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A small fluent client of the server over {@link HttpClient} (HTTP/1.1, plain blocking calls).
 *
 * <pre>{@code
 * Response r = client.query("query($s: String!) { competency(slug: $s) { slug } }")
 *     .variables(Map.of("s", "cloud-productivity"))
 *     .header("Accept-Language", "ru")
 *     .post();
 * assertEquals("cloud-productivity", r.data("competency.slug"));
 * }</pre>
 *
 * {@link #request(String, String)} sends anything else (raw bodies, other paths and methods).
 */
public final class GraphqlClient {
  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  private final String baseUrl;
  private final HttpClient http;

  public GraphqlClient(String baseUrl) {
    this.baseUrl = Objects.requireNonNull(baseUrl, "baseUrl");
    this.http = HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(5))
        .followRedirects(HttpClient.Redirect.NEVER)
        .build();
  }

  public String baseUrl() {
    return baseUrl;
  }

  /** A GraphQL operation for {@code /graphql}; {@code document} may be null (persisted queries). */
  public Operation query(String document) {
    return new Operation(document);
  }

  /** A plain HTTP request, e.g. {@code request("OPTIONS", "/graphql")}. */
  public Exchange request(String method, String path) {
    return new Exchange(method, path);
  }

  /** The hex SHA-256 of a query, as automatic persisted queries name it. */
  public static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A GraphQL request being built. */
  public final class Operation {
    private final String document;
    private Map<String, Object> variables;
    private String operationName;
    private Map<String, Object> extensions;
    private final Map<String, String> headers = new LinkedHashMap<>();

    private Operation(String document) {
      this.document = document;
    }

    public Operation variables(Map<String, ?> values) {
      this.variables = new LinkedHashMap<>(values);
      return this;
    }

    public Operation operationName(String name) {
      this.operationName = name;
      return this;
    }

    public Operation extensions(Map<String, ?> values) {
      this.extensions = new LinkedHashMap<>(values);
      return this;
    }

    /** Adds {@code extensions.persistedQuery} with this hash (automatic persisted queries). */
    public Operation persistedHash(String sha256Hash) {
      return extensions(Map.of("persistedQuery", Map.of("version", 1, "sha256Hash", sha256Hash)));
    }

    public Operation header(String name, String value) {
      headers.put(name, value);
      return this;
    }

    /** {@code Authorization: Bearer <secret>}. */
    public Operation bearer(String secret) {
      return header("Authorization", "Bearer " + secret);
    }

    /** The JSON body this operation is POSTed as. */
    public JsonObject body() {
      JsonObject body = new JsonObject();
      if (document != null) {
        body.put("query", document);
      }
      if (operationName != null) {
        body.put("operationName", operationName);
      }
      if (variables != null) {
        body.put("variables", new JsonObject(variables));
      }
      if (extensions != null) {
        body.put("extensions", new JsonObject(extensions));
      }
      return body;
    }

    /** POST as {@code application/json}. */
    public Response post() {
      Exchange exchange = request("POST", "/graphql").body("application/json", body().encode());
      headers.forEach(exchange::header);
      return exchange.send();
    }

    /** GET with URL-encoded {@code query}, {@code operationName}, {@code variables} and {@code extensions}. */
    public Response get() {
      List<String> params = new ArrayList<>();
      JsonObject body = body();
      for (String name : List.of("query", "operationName", "variables", "extensions")) {
        Object value = body.getValue(name);
        if (value != null) {
          String text = value instanceof JsonObject json ? json.encode() : value.toString();
          params.add(name + "=" + URLEncoder.encode(text, StandardCharsets.UTF_8));
        }
      }
      Exchange exchange = request("GET", "/graphql" + (params.isEmpty() ? "" : "?" + String.join("&", params)));
      headers.forEach(exchange::header);
      return exchange.send();
    }
  }

  /** A plain HTTP request being built. */
  public final class Exchange {
    private final String method;
    private final String path;
    private final HttpRequest.Builder builder;
    private HttpRequest.BodyPublisher body = HttpRequest.BodyPublishers.noBody();

    private Exchange(String method, String path) {
      this.method = method;
      this.path = path;
      this.builder = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(TIMEOUT);
    }

    public Exchange header(String name, String value) {
      builder.header(name, value);
      return this;
    }

    public Exchange body(String contentType, String text) {
      return body(contentType, text.getBytes(StandardCharsets.UTF_8));
    }

    public Exchange body(String contentType, byte[] bytes) {
      if (contentType != null) {
        builder.header("Content-Type", contentType);
      }
      body = HttpRequest.BodyPublishers.ofByteArray(bytes);
      return this;
    }

    public Exchange timeout(Duration timeout) {
      builder.timeout(timeout);
      return this;
    }

    public Response send() {
      try {
        HttpResponse<String> response = http.send(builder.method(method, body).build(),
            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Response(response.statusCode(), response.headers().map(), response.body());
      } catch (IOException e) {
        throw new UncheckedIOException(method + " " + path + " failed", e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(method + " " + path + " interrupted", e);
      }
    }
  }

  /** An HTTP response with GraphQL helpers. */
  public static final class Response {
    private final int status;
    private final Map<String, List<String>> headers;
    private final String body;
    private JsonObject json;

    Response(int status, Map<String, List<String>> headers, String body) {
      this.status = status;
      this.headers = headers;
      this.body = body;
    }

    public int status() {
      return status;
    }

    /** The first value of a header (case-insensitive), or null. */
    public String header(String name) {
      return headers.entrySet().stream()
          .filter(e -> e.getKey().equalsIgnoreCase(name))
          .flatMap(e -> e.getValue().stream())
          .findFirst()
          .orElse(null);
    }

    public String body() {
      return body;
    }

    /** The body as a JSON object; fails the test when it is not one. */
    public JsonObject json() {
      if (json == null) {
        try {
          json = new JsonObject(body);
        } catch (DecodeException | ClassCastException e) {
          fail("the body is not a JSON object (status " + status + "): " + body);
        }
      }
      return json;
    }

    /**
     * The value at a dotted path under {@code data}, list indexes as numbers:
     * {@code data("competency.options.0.tiers.1.rank")}. Null when any step is missing.
     */
    public Object data(String dottedPath) {
      return at(json().getValue("data"), dottedPath);
    }

    /** Like {@link #data(String)}, for a list. */
    public JsonArray dataList(String dottedPath) {
      Object value = data(dottedPath);
      if (!(value instanceof JsonArray array)) {
        fail("data." + dottedPath + " is not a list: " + value + "\n" + body);
        return null;
      }
      return array;
    }

    /** The top-level {@code errors}, empty when there are none. */
    public List<JsonObject> errors() {
      JsonArray errors = json().getJsonArray("errors");
      List<JsonObject> out = new ArrayList<>();
      if (errors != null) {
        errors.forEach(e -> out.add((JsonObject) e));
      }
      return out;
    }

    /** {@code errors[index].extensions.code}, or null. */
    public String errorCode(int index) {
      List<JsonObject> errors = errors();
      if (index >= errors.size()) {
        return null;
      }
      return Optional.ofNullable(errors.get(index).getJsonObject("extensions")).map(x -> x.getString("code")).orElse(null);
    }

    /** The {@code extensions.code} of every error, in order (null for an error without one). */
    public List<String> errorCodes() {
      List<String> codes = new ArrayList<>();
      for (int i = 0; i < errors().size(); i++) {
        codes.add(errorCode(i));
      }
      return codes;
    }

    /**
     * Asserts what every response of this API must satisfy: no stack frames or server class names in the
     * body and, when it is a GraphQL response, an {@code extensions.code} on every error.
     */
    public Response assertWellFormed() {
      for (String leak : List.of("\tat ", "at io.", "at java.", "at graphql.", ".java:", "io.competency.", "io.vertx.",
          "graphql.execution.", "graphql.schema.")) {
        if (body.contains(leak)) {
          fail("the body shows internals ('" + leak + "'): " + body);
        }
      }
      if (body.startsWith("{")) {
        for (JsonObject error : errors()) {
          JsonObject extensions = error.getJsonObject("extensions");
          Object code = extensions == null ? null : extensions.getValue("code");
          if (!(code instanceof String s) || !s.matches("[A-Z][A-Z_]+")) {
            fail("an error has no extensions.code: " + error.encode());
          }
        }
      }
      return this;
    }

    /** The value at a dotted path inside any JSON value. */
    public static Object at(Object root, String dottedPath) {
      Object current = root;
      for (String step : dottedPath.split("\\.")) {
        if (current instanceof JsonObject object) {
          current = object.getValue(step);
        } else if (current instanceof JsonArray array && step.matches("\\d+") && Integer.parseInt(step) < array.size()) {
          current = array.getValue(Integer.parseInt(step));
        } else {
          return null;
        }
      }
      return current;
    }

    @Override
    public String toString() {
      return status + " " + body;
    }
  }
}
