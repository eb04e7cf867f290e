package io.competency.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

import io.competency.support.GraphqlClient;
import io.competency.support.GraphqlClient.Response;
import io.competency.support.TestKeys;
import io.competency.support.TestServer;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * GraphQL over HTTP: a client that accepts {@code application/graphql-response+json} gets it, and a
 * request that could not be executed at all (a document that does not parse or validate or is over a
 * limit, variables that do not coerce) is a 400; a client that asks for {@code application/json}, or
 * says nothing, gets {@code application/json} and, as before, a 200 with the errors. A client that
 * accepts neither gets 406.
 */
class AnswersFollowTheGraphqlOverHttpMediaTypeTest {
  private static final String GRAPHQL_RESPONSE = "application/graphql-response+json";
  private static final String JSON = "application/json";
  private static final String QUERY = "{ catalog { revision } }";
  private static final String BY_SLUG = "query($slug: String!) { competency(slug: $slug) { slug } }";

  private static TestServer server;

  @BeforeAll
  static void start() {
    server = TestServer.start();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  static Stream<Arguments> exchanges() {
    return Stream.of(
        row("a query, accepting the GraphQL response type", GRAPHQL_RESPONSE, c -> c.query(QUERY), 200, GRAPHQL_RESPONSE, null),
        row("a query over GET, accepting the GraphQL response type", GRAPHQL_RESPONSE, c -> c.query(QUERY), 200, GRAPHQL_RESPONSE, null),
        row("a syntax error, accepting the GraphQL response type", GRAPHQL_RESPONSE, c -> c.query("{ catalog {"), 400,
            GRAPHQL_RESPONSE, "GRAPHQL_PARSE_FAILED"),
        row("an unknown field, accepting the GraphQL response type", GRAPHQL_RESPONSE, c -> c.query("{ price }"), 400,
            GRAPHQL_RESPONSE, "GRAPHQL_VALIDATION_FAILED"),
        row("a variable that does not coerce, accepting the GraphQL response type", GRAPHQL_RESPONSE,
            c -> c.query(BY_SLUG).variables(Map.of("slug", List.of(1))), 400, GRAPHQL_RESPONSE, "BAD_USER_INPUT"),
        row("a missing variable, accepting the GraphQL response type", GRAPHQL_RESPONSE, c -> c.query(BY_SLUG), 400,
            GRAPHQL_RESPONSE, "BAD_USER_INPUT"),
        row("a query over the depth limit, accepting the GraphQL response type", GRAPHQL_RESPONSE,
            c -> c.query(QueryDocumentsAreCheckedBeforeTheyRunTest.nested(16)), 400, GRAPHQL_RESPONSE, "QUERY_TOO_DEEP"),
        row("a mutation without a key, accepting the GraphQL response type", GRAPHQL_RESPONSE,
            c -> c.query("mutation { removeTier(input: {competency: \"a\", option: \"b\", slug: \"c\"}) { removedTierId } }"),
            401, GRAPHQL_RESPONSE, "UNAUTHENTICATED"),
        row("a mutation whose input is refused (userErrors), accepting the GraphQL response type", GRAPHQL_RESPONSE,
            c -> c.query("mutation { removeTier(input: {competency: \"a\", option: \"b\", slug: \"c\"}) { removedTierId userErrors { code } } }")
                .bearer(TestKeys.MAINTAINER_SECRET), 200, GRAPHQL_RESPONSE, null),
        row("a syntax error, accepting JSON", JSON, c -> c.query("{ catalog {"), 200, JSON, "GRAPHQL_PARSE_FAILED"),
        row("a variable that does not coerce, accepting JSON", JSON, c -> c.query(BY_SLUG).variables(Map.of("slug", List.of(1))),
            200, JSON, "BAD_USER_INPUT"),
        row("a syntax error, accepting anything", "*/*", c -> c.query("{ catalog {"), 200, JSON, "GRAPHQL_PARSE_FAILED"),
        row("a query, accepting anything", "*/*", c -> c.query(QUERY), 200, JSON, null),
        row("a query, with no Accept header", null, c -> c.query(QUERY), 200, JSON, null),
        row("a syntax error, with no Accept header", null, c -> c.query("{ catalog {"), 200, JSON, "GRAPHQL_PARSE_FAILED"),
        row("both types, the GraphQL one preferred", GRAPHQL_RESPONSE + ", " + JSON + ";q=0.9", c -> c.query("{ price }"), 400,
            GRAPHQL_RESPONSE, "GRAPHQL_VALIDATION_FAILED"),
        row("both types, JSON preferred", JSON + ", " + GRAPHQL_RESPONSE + ";q=0.5", c -> c.query("{ price }"), 200, JSON,
            "GRAPHQL_VALIDATION_FAILED"),
        row("both types at the same preference", JSON + ", " + GRAPHQL_RESPONSE, c -> c.query("{ price }"), 400, GRAPHQL_RESPONSE,
            "GRAPHQL_VALIDATION_FAILED"),
        row("a browser's Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", c -> c.query(QUERY), 200, JSON, null),
        row("only HTML", "text/html", c -> c.query(QUERY), 406, JSON, "NOT_ACCEPTABLE"),
        row("the GraphQL type refused with q=0", GRAPHQL_RESPONSE + ";q=0", c -> c.query(QUERY), 406, JSON, "NOT_ACCEPTABLE"));
  }

  @ParameterizedTest
  @MethodSource("exchanges")
  void isAnsweredWithItsStatusAndType(String accept, Function<GraphqlClient, GraphqlClient.Operation> operation, int status,
      String type, String code) {
    GraphqlClient.Operation request = operation.apply(server.client());
    if (accept != null) {
      request.header("Accept", accept);
    }
    Response response = request.post().assertWellFormed();

    assertEquals(status, response.status(), response::toString);
    assertEquals(type + "; charset=utf-8", response.header("Content-Type"), response::toString);
    if (code == null) {
      assertEquals(List.of(), response.errors(), response::toString);
    } else {
      assertEquals(code, response.errorCode(0), response::toString);
    }
    if (status == 400) {
      assertFalse(response.json().containsKey("data"), () -> "nothing ran, so there is no data: " + response);
    }
  }

  @ParameterizedTest
  @MethodSource("exchanges")
  void isAnsweredAlikeOverGetForQueries(String accept, Function<GraphqlClient, GraphqlClient.Operation> operation, int status,
      String type, String code) {
    GraphqlClient.Operation request = operation.apply(server.client());
    if (accept != null) {
      request.header("Accept", accept);
    }
    if (request.body().getString("query").startsWith("mutation")) {
      return;
    }
    Response response = request.get().assertWellFormed();

    assertEquals(status, response.status(), response::toString);
    assertTrue(response.header("Content-Type").startsWith(type), response::toString);
  }

  private static Arguments row(String name, String accept, Function<GraphqlClient, GraphqlClient.Operation> operation, int status,
      String type, String code) {
    return argumentSet(name, accept, operation, status, type, code);
  }
}
