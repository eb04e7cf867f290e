package io.competency.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

import io.competency.support.GraphqlClient.Response;
import io.competency.support.TestServer;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * GraphiQL opens on a query that runs: the competency page, under comments in the reader's language
 * that say which headers matter; it talks to {@code /graphql} over HTTP and advertises no WebSocket
 * endpoint, since there is none.
 */
class GraphiqlOpensOnAWorkingExampleTest {
  private static TestServer server;

  @BeforeAll
  static void start() {
    server = TestServer.start();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  static Stream<Arguments> readers() {
    return Stream.of(
        argumentSet("an English reader", "en-GB,en;q=0.9", "en-US", "Press Run", "Developed markets"),
        argumentSet("a Russian reader", "ru,en;q=0.5", "ru-RU", "Нажмите Run", "Развитые рынки"),
        argumentSet("a Korean reader", "ko-KR", "ko-KR", "Run(▶)을 누르세요", "선진국 시장"),
        argumentSet("a reader of another language", "de-DE", "en-US", "Press Run", "Developed markets"),
        argumentSet("a reader who says nothing", null, "en-US", "Press Run", "Developed markets"));
  }

  @ParameterizedTest
  @MethodSource("readers")
  void thePageOpensOnTheCompetencyPageInTheReadersLanguage(String acceptLanguage, String locale, String intro, String developedMarkets) {
    var request = server.client().request("GET", "/graphiql/");
    if (acceptLanguage != null) {
      request.header("Accept-Language", acceptLanguage);
    }
    Response page = request.send();

    assertEquals(200, page.status(), page::toString);
    assertEquals(locale, page.header("Content-Language"));
    JsonObject config = config(page.body());
    String query = config.getJsonObject("parameters").getString("query");
    assertTrue(query.contains(intro), query);
    assertTrue(query.contains("Accept-Language") && query.contains("Authorization"), "the headers are documented: " + query);

    var run = server.client().query(query);
    if (acceptLanguage != null) {
      run.header("Accept-Language", acceptLanguage);
    }
    Response answer = run.post();
    assertEquals(List.of(), answer.errors(), answer::toString);
    assertEquals(locale, answer.header("Content-Language"), "the answer comes in the reader's language");
    assertEquals(developedMarkets, answer.data("competency.options.0.tiers.0.requirements.0.metrics.0.thresholds.0.market.name.text"));
    assertEquals("gold", answer.data("competency.options.0.tiers.1.slug"));
  }

  @Test
  void graphiqlTalksToGraphqlOverHttpOnly() {
    JsonObject config = config(server.client().request("GET", "/graphiql/").send().body());

    assertEquals("/graphql", config.getString("graphQLUri"));
    assertEquals(true, config.getBoolean("httpEnabled"));
    assertEquals(false, config.getBoolean("graphQLWSEnabled"), "no WebSocket endpoint is advertised");
  }

  @Test
  void theExampleIsTheSameInEveryLanguageBelowItsComments() {
    List<String> queries = Stream.of("en-US", "ru-RU", "ko-KR")
        .map(locale -> GraphiqlPage.example(locale).lines().filter(l -> !l.startsWith("#")).toList().toString())
        .distinct().toList();

    assertEquals(1, queries.size(), queries::toString);
  }

  @Test
  void withoutTheSlashItLeadsToThePage() {
    Response response = server.client().request("GET", "/graphiql").send();

    assertEquals(301, response.status(), response::toString);
    assertEquals("/graphiql/", response.header("Location"));
  }

  @Test
  void thePageCannotBeBrokenOutOfItsScript() {
    String body = server.client().request("GET", "/graphiql/").send().body();
    int start = body.indexOf("window.VERTX_GRAPHIQL_CONFIG = ");

    assertFalse(body.substring(start, body.indexOf("</script>", start)).contains("</"), "the configuration closes no tag");
  }

  private static JsonObject config(String page) {
    Matcher config = Pattern.compile("window\\.VERTX_GRAPHIQL_CONFIG = (\\{.*?\\});\\s*</script>", Pattern.DOTALL).matcher(page);
    assertTrue(config.find(), page);
    return new JsonObject(config.group(1).replace("<\\/", "</"));
  }
}
