package io.competency.http;

import static io.competency.support.TestKeys.MAINTAINER_SECRET;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

import io.competency.support.GraphqlClient.Response;
import io.competency.support.GraphqlClient;
import io.competency.support.TestServer;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A request that is not a well-formed GraphQL request is refused with its HTTP status and a GraphQL-shaped
 * error with a code; nothing runs, and the server goes on serving.
 */
class MalformedRequestsAreRefusedTest {
  private static final String ADD_WORKLOAD =
      "mutation { addWorkload(input: {code: \"GET_WORKLOAD\", name: [{locale: \"en-US\", text: \"Sent with GET\"}]}) { userErrors { code } } }";
  private static final String QUERY = "{ catalog { revision } }";
  private static final int MAX_BODY_BYTES = 2048;
  private static final int MAX_QUERY_CHARS = 500;

  private static TestServer server;

  @BeforeAll
  static void start() {
    server = TestServer.start(Map.of(
        "MAX_BODY_BYTES", String.valueOf(MAX_BODY_BYTES),
        "MAX_QUERY_CHARS", String.valueOf(MAX_QUERY_CHARS)));
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @AfterEach
  void theServerGoesOnServing() {
    Response followUp = server.client().query(QUERY).post();
    assertEquals(200, followUp.status(), followUp::toString);
    assertEquals(1, followUp.data("catalog.revision"), followUp::toString);
  }

  static Stream<Arguments> requests() {
    String longQuery = "{ catalog { revision } }" + " ".repeat(MAX_QUERY_CHARS);
    return Stream.of(
        row("a mutation over GET", c -> c.query(ADD_WORKLOAD).get(), 405, "METHOD_NOT_ALLOWED"),
        row("a mutation over GET with a maintainer key", c -> c.query(ADD_WORKLOAD).bearer(MAINTAINER_SECRET).get(), 405, "METHOD_NOT_ALLOWED"),
        row("PUT", c -> c.request("PUT", "/graphql").body("application/json", json(QUERY)).send(), 405, "METHOD_NOT_ALLOWED"),
        row("DELETE", c -> c.request("DELETE", "/graphql").send(), 405, "METHOD_NOT_ALLOWED"),
        row("text/plain", c -> c.request("POST", "/graphql").body("text/plain", json(QUERY)).send(), 415, "UNSUPPORTED_MEDIA_TYPE"),
        row("no Content-Type", c -> c.request("POST", "/graphql").body(null, json(QUERY)).send(), 415, "UNSUPPORTED_MEDIA_TYPE"),
        row("application/graphql", c -> c.request("POST", "/graphql").body("application/graphql", QUERY).send(), 415, "UNSUPPORTED_MEDIA_TYPE"),
        row("a form", c -> c.request("POST", "/graphql").body("application/x-www-form-urlencoded", "query=" + QUERY).send(),
            415, "UNSUPPORTED_MEDIA_TYPE"),
        row("malformed JSON", c -> c.request("POST", "/graphql").body("application/json", "{\"query\": \"{ catalog { revision } }\"").send(),
            400, "BAD_REQUEST"),
        row("an empty body", c -> c.request("POST", "/graphql").body("application/json", "").send(), 400, "BAD_REQUEST"),
        row("a JSON array", c -> c.request("POST", "/graphql").body("application/json", "[" + json(QUERY) + "]").send(), 400, "BAD_REQUEST"),
        row("JSON null", c -> c.request("POST", "/graphql").body("application/json", "null").send(), 400, "BAD_REQUEST"),
        row("no query", c -> c.request("POST", "/graphql").body("application/json", "{}").send(), 400, "BAD_REQUEST"),
        row("a blank query", c -> c.query("   ").post(), 400, "BAD_REQUEST"),
        row("a query that is not a string", c -> c.request("POST", "/graphql").body("application/json", "{\"query\": 42}").send(),
            400, "BAD_REQUEST"),
        row("variables that are not an object", c -> c.request("POST", "/graphql")
            .body("application/json", "{\"query\": \"{ catalog { revision } }\", \"variables\": \"{}\"}").send(), 400, "BAD_REQUEST"),
        row("an operationName that is not a string", c -> c.request("POST", "/graphql")
            .body("application/json", "{\"query\": \"{ catalog { revision } }\", \"operationName\": 1}").send(), 400, "BAD_REQUEST"),
        row("GET without a query", c -> c.request("GET", "/graphql").send(), 400, "BAD_REQUEST"),
        row("GET with variables that are not JSON", c -> c.request("GET", "/graphql?query=%7B__typename%7D&variables=%7Bnope").send(),
            400, "BAD_REQUEST"),
        row("several operations and no operationName", c -> c.query("query A { __typename } query B { __typename }").post(),
            400, "BAD_REQUEST"),
        row("an operationName the document does not have",
            c -> c.query("query A { __typename }").operationName("B").post(), 400, "BAD_REQUEST"),
        row("a persisted-query hash that is not SHA-256", c -> c.query(QUERY).persistedHash("abc").post(), 400, "BAD_REQUEST"),
        row("a body over MAX_BODY_BYTES", c -> c.query(QUERY).variables(Map.of("padding", "x".repeat(MAX_BODY_BYTES))).post(),
            413, "PAYLOAD_TOO_LARGE"),
        row("a query over MAX_QUERY_CHARS", c -> c.query(longQuery).post(), 413, "QUERY_TOO_LARGE"),
        row("a query over MAX_QUERY_CHARS over GET", c -> c.query(longQuery).get(), 413, "QUERY_TOO_LARGE"));
  }

  @ParameterizedTest
  @MethodSource("requests")
  void isRefusedWithItsStatusAndCode(Function<GraphqlClient, Response> request, int status, String code) {
    Response response = request.apply(server.client()).assertWellFormed();

    assertEquals(status, response.status(), response::toString);
    assertEquals(List.of(code), response.errorCodes(), response::toString);
    assertFalse(response.json().containsKey("data"), response::toString);
    assertFalse(response.errors().get(0).getString("message", "").isBlank(), "the error says what is wrong");
    assertTrue(response.header("Content-Type").startsWith("application/json"), response.header("Content-Type"));
    assertFalse(response.body().contains("Exception"), response::toString);
  }

  @Test
  void aMutationOverGetRunsNothingAndSaysToUsePost() {
    Response refused = server.client().query(ADD_WORKLOAD).bearer(MAINTAINER_SECRET).get();

    assertEquals(405, refused.status(), refused::toString);
    assertEquals("POST", refused.header("Allow"));
    Response after = server.client().query("{ workloads { code } catalog { revision } }").post();
    assertFalse(after.dataList("workloads").stream().anyMatch(w -> Response.at(w, "code").equals("GET_WORKLOAD")), after::toString);
    assertEquals(1, after.data("catalog.revision"));
  }

  @Test
  void aQueryJustUnderTheLimitsIsServed() {
    String query = "{ catalog { revision } }";
    String padded = query + " ".repeat(MAX_QUERY_CHARS - query.length());

    Response response = server.client().query(padded).post();

    assertEquals(200, response.status(), response::toString);
    assertEquals(1, response.data("catalog.revision"));
  }

  private static Arguments row(String name, Function<GraphqlClient, Response> request, int status, String code) {
    return argumentSet(name, request, status, code);
  }

  private static String json(String query) {
    return new io.vertx.core.json.JsonObject().put("query", query).encode();
  }
}
