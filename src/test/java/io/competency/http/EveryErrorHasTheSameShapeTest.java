package io.competency.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

import io.competency.support.GraphqlClient.Response;
import io.competency.support.RawHttp;
import io.competency.support.TestServer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every error the server sends, on every path and from every layer (the HTTP decoder, the router,
 * GraphQL), has one shape: {@code {"errors":[{"message","extensions":{"code"}}]}} as
 * {@code application/json}, nothing else in the body.
 */
class EveryErrorHasTheSameShapeTest {
  private static TestServer server;

  @BeforeAll
  static void start() {
    server = TestServer.start();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  static Stream<Arguments> rawRequests() {
    return Stream.of(
        row("an unknown path", "GET /admin HTTP/1.1\r\nHost: x\r\n\r\n", 404, "NOT_FOUND"),
        row("an unknown path under /graphql", "GET /graphql/extra HTTP/1.1\r\nHost: x\r\n\r\n", 404, "NOT_FOUND"),
        row("an unknown file under /graphiql", "GET /graphiql/nope.js HTTP/1.1\r\nHost: x\r\n\r\n", 404, "NOT_FOUND"),
        row("an unknown method on an unknown path", "PATCH /nope HTTP/1.1\r\nHost: x\r\n\r\n", 404, "NOT_FOUND"),
        row("POST /health", "POST /health HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\n\r\n", 405, "METHOD_NOT_ALLOWED"),
        row("DELETE /schema.graphql", "DELETE /schema.graphql HTTP/1.1\r\nHost: x\r\n\r\n", 405, "METHOD_NOT_ALLOWED"),
        row("PUT /graphql", "PUT /graphql HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\n\r\n", 405, "METHOD_NOT_ALLOWED"),
        row("a malformed percent-encoding in the path", "GET /%ZZ HTTP/1.1\r\nHost: x\r\n\r\n", 400, "BAD_REQUEST"),
        row("a URL over the request-line limit", "GET /graphql?query=" + "a".repeat(10_000) + " HTTP/1.1\r\nHost: x\r\n\r\n",
            414, "URI_TOO_LONG"),
        row("headers over the limit", "GET /health HTTP/1.1\r\nHost: x\r\nX-Big: " + "a".repeat(20_000) + "\r\n\r\n",
            431, "HEADERS_TOO_LARGE"),
        row("a request line that is not HTTP", "GARBAGE\r\n\r\n", 400, "BAD_REQUEST"),
        row("a header without a colon", "GET /health HTTP/1.1\r\nHost: x\r\nNo colon here\r\n\r\n", 400, "BAD_REQUEST"),
        row("a Content-Length that is not a number", "POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
            + "Content-Length: lots\r\n\r\n{}", 400, "BAD_REQUEST"),
        row("two different Content-Lengths", "POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
            + "Content-Length: 2\r\nContent-Length: 3\r\n\r\n{}", 400, "BAD_REQUEST"),
        row("a mutation over GET", "GET /graphql?query=mutation%7B__typename%7D HTTP/1.1\r\nHost: x\r\n\r\n",
            405, "METHOD_NOT_ALLOWED"),
        row("a malformed query string on /graphql", "GET /graphql?query=%ZZ HTTP/1.1\r\nHost: x\r\n\r\n", 400, "BAD_REQUEST"),
        row("a truncated percent-encoding on /graphql", "GET /graphql?query=%7B__typename%7 HTTP/1.1\r\nHost: x\r\n\r\n",
            400, "BAD_REQUEST"));
  }

  @ParameterizedTest
  @MethodSource("rawRequests")
  void isAnErrorsListWithACode(String request, int status, String code) {
    RawHttp.Reply reply = RawHttp.exchange(server.port(), request);

    assertEquals(status, reply.status(), reply::toString);
    assertTrue(reply.header("Content-Type").startsWith("application/json"), reply::toString);
    assertHasTheErrorShape(new JsonObject(reply.body()), code);
  }

  @Test
  void aMethodNotAllowedSaysWhichAre() {
    RawHttp.Reply reply = RawHttp.exchange(server.port(), "POST /health HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\n\r\n");

    assertEquals("GET, HEAD", reply.header("Allow"), reply::toString);
  }

  @Test
  void headOnAnUnknownPathIsNotFoundWithTheJsonType() {
    Response response = server.client().request("HEAD", "/admin").send();

    assertEquals(404, response.status(), response::toString);
    assertTrue(response.header("Content-Type").startsWith("application/json"), response::toString);
    assertEquals("", response.body());
  }

  @Test
  void headIsAnsweredWhereGetIs() {
    for (String path : new String[] {"/health", "/ready", "/schema.graphql", "/graphql?query=%7B__typename%7D"}) {
      Response response = server.client().request("HEAD", path).send();

      assertEquals(200, response.status(), path + ": " + response);
      assertEquals("", response.body(), path);
    }
  }

  @Test
  void aMutationOverHeadIsRefusedLikeOverGet() {
    Response response = server.client().request("HEAD", "/graphql?query=mutation%7B__typename%7D").send();

    assertEquals(405, response.status(), response::toString);
    assertEquals("POST", response.header("Allow"));
  }

  @Test
  void theServerGoesOnServingAfterMalformedHttp() {
    RawHttp.exchange(server.port(), "GARBAGE\r\n\r\n");

    Response response = server.client().query("{ catalog { revision } }").post();
    assertEquals(1, response.data("catalog.revision"), response::toString);
  }

  static void assertHasTheErrorShape(JsonObject body, String code) {
    assertEquals(Set.of("errors"), body.fieldNames(), body::encode);
    JsonArray errors = body.getJsonArray("errors");
    assertEquals(1, errors.size(), body::encode);
    JsonObject error = errors.getJsonObject(0);
    assertFalse(error.getString("message", "").isBlank(), body::encode);
    assertEquals(code, error.getJsonObject("extensions").getString("code"), body::encode);
  }

  private static Arguments row(String name, String request, int status, String code) {
    return argumentSet(name, request, status, code);
  }
}
