package io.competency.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

import io.competency.support.GraphqlClient;
import io.competency.support.GraphqlClient.Response;
import io.competency.support.TestServer;
import java.time.Duration;
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
 * A document that does not parse, does not validate or exceeds a limit (default limits: depth 15,
 * 2,000 fields, 50 aliases) is answered with an error whose {@code extensions.code} says which, and no
 * data; nothing runs, and the server goes on serving.
 */
class QueryDocumentsAreCheckedBeforeTheyRunTest {
  private static TestServer server;

  @BeforeAll
  static void start() {
    server = TestServer.start();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @AfterEach
  void theServerGoesOnServing() {
    Response followUp = server.client().query("{ competency(slug: \"cloud-productivity\") { slug } }").post();
    assertEquals("cloud-productivity", followUp.data("competency.slug"), followUp::toString);
  }

  static Stream<Arguments> documents() {
    return Stream.of(
        row("a syntax error", c -> c.query("{ competency(slug: ").post(), "GRAPHQL_PARSE_FAILED"),
        row("an unclosed string", c -> c.query("{ competency(slug: \"cloud-productivity) { slug } }").post(), "GRAPHQL_PARSE_FAILED"),
        row("nesting beyond what the parser accepts",
            c -> c.query("{" + "competency(slug: \"x\") {".repeat(2000) + "slug" + "}".repeat(2001)).post(), "GRAPHQL_PARSE_FAILED"),
        row("an unknown field", c -> c.query("{ competency(slug: \"cloud-productivity\") { price } }").post(), "GRAPHQL_VALIDATION_FAILED"),
        row("an unknown top-level field", c -> c.query("{ partners { id } }").post(), "GRAPHQL_VALIDATION_FAILED"),
        row("an unknown argument", c -> c.query("{ competency(code: \"cloud-productivity\") { slug } }").post(),
            "GRAPHQL_VALIDATION_FAILED"),
        row("a missing required argument", c -> c.query("{ competency { slug } }").post(), "GRAPHQL_VALIDATION_FAILED"),
        row("a literal of the wrong type", c -> c.query("{ competencies(first: \"two\") { totalCount } }").post(),
            "GRAPHQL_VALIDATION_FAILED"),
        row("an object without a selection", c -> c.query("{ competency(slug: \"cloud-productivity\") }").post(),
            "GRAPHQL_VALIDATION_FAILED"),
        row("a subscription", c -> c.query("subscription { catalog { revision } }").post(), "GRAPHQL_VALIDATION_FAILED"),
        row("a missing required variable", c -> c.query("query($slug: String!) { competency(slug: $slug) { slug } }").post(),
            "BAD_USER_INPUT"),
        row("a variable of the wrong type", c -> c.query("query($slug: String!) { competency(slug: $slug) { slug } }")
            .variables(Map.of("slug", List.of(1, 2))).post(), "BAD_USER_INPUT"),
        row("a locale variable that is not a string", c -> c.query("query($l: Locale) { markets { name(locale: $l) { text } } }")
            .variables(Map.of("l", 42)).post(), "BAD_USER_INPUT"),
        row("the schema introspected twice", c -> c.query("{ a: __schema { types { name } } b: __schema { types { name } } }").post(),
            "GRAPHQL_VALIDATION_FAILED"),
        row("the schema introspected twice, over GET", c -> c.query("{ a: __schema { types { name } } b: __schema { types { name } } }").get(),
            "GRAPHQL_VALIDATION_FAILED"),
        row("depth 16", c -> c.query(nested(16)).post(), "QUERY_TOO_DEEP"),
        row("51 aliases", c -> c.query(aliases(51)).post(), "TOO_MANY_ALIASES"),
        row("2,001 fields", c -> c.query("{ " + "__typename ".repeat(2001) + "}").post(), "QUERY_TOO_COMPLEX"),
        row("a fragment bomb, 10 levels of 2 spreads", c -> c.query(fragmentBomb(10)).post(), "QUERY_TOO_COMPLEX"),
        row("a fragment bomb, 60 levels of 2 spreads", c -> c.query(fragmentBomb(60)).post(), "QUERY_TOO_COMPLEX"));
  }

  @ParameterizedTest
  @MethodSource("documents")
  void isAnsweredWithItsErrorCodeAndNoData(Function<GraphqlClient, Response> request, String code) {
    Response response = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> request.apply(server.client()));

    response.assertWellFormed();
    assertEquals(200, response.status(), response::toString);
    assertFalse(response.errors().isEmpty(), response::toString);
    assertEquals(code, response.errorCode(0), response::toString);
    assertNull(response.json().getValue("data"), response::toString);
  }

  @ParameterizedTest
  @MethodSource("documents")
  void namesNoJavaException(Function<GraphqlClient, Response> request, String code) {
    Response response = request.apply(server.client());

    assertFalse(response.body().contains("Exception"), response::toString);
  }

  @Test
  void depthFifteenIsServed() {
    Response response = server.client().query(nested(15)).post();

    assertTrue(response.errors().isEmpty(), response::toString);
    assertEquals("managed-service-partner", response.data("competency" + ".options.0.competency".repeat(6) + ".options.0.slug"));
  }

  @Test
  void fiftyAliasesAreServed() {
    Response response = server.client().query(aliases(50)).post();

    assertTrue(response.errors().isEmpty(), response::toString);
    assertEquals("Query", response.data("a50"));
  }

  @Test
  void aSmallFragmentTreeIsServed() {
    Response response = server.client().query(fragmentBomb(4)).post();

    assertTrue(response.errors().isEmpty(), response::toString);
    assertEquals("application-development", response.data("competencies.edges.0.node.slug"));
  }

  @Test
  void everyLimitExceededIsReported() {
    String query = "{ " + "x: __typename ".repeat(60) + "__typename ".repeat(2000) + nested(16).substring(1);

    Response response = server.client().query(query).post();

    assertEquals(List.of("QUERY_TOO_DEEP", "QUERY_TOO_COMPLEX", "TOO_MANY_ALIASES"), response.errorCodes(), response::toString);
  }

  private static Arguments row(String name, Function<GraphqlClient, Response> request, String code) {
    return argumentSet(name, request, code);
  }

  /** A valid query {@code depth} levels deep: competency, options, competency, options, … and a slug. */
  static String nested(int depth) {
    StringBuilder open = new StringBuilder("{ competency(slug: \"cloud-productivity\") {");
    for (int level = 2; level < depth; level++) {
      open.append(level % 2 == 0 ? " options {" : " competency {");
    }
    return open + " slug" + " }".repeat(depth - 1) + " }";
  }

  static String aliases(int count) {
    StringBuilder sb = new StringBuilder("{");
    for (int i = 1; i <= count; i++) {
      sb.append(" a").append(i).append(": __typename");
    }
    return sb.append(" }").toString();
  }

  /** {@code levels} fragments, each spreading the next twice: 2^levels copies of the innermost. */
  static String fragmentBomb(int levels) {
    StringBuilder sb = new StringBuilder("{ competencies { edges { node { ...F0 } } } }\n");
    for (int i = 0; i < levels; i++) {
      sb.append("fragment F").append(i).append(" on Competency { slug ...F").append(i + 1).append(" ...F").append(i + 1).append(" }\n");
    }
    sb.append("fragment F").append(levels).append(" on Competency { id slug name { text locale fallback } }\n");
    return sb.toString();
  }
}
