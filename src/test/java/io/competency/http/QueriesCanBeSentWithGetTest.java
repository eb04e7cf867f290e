package io.competency.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.competency.support.GraphqlClient.Response;
import io.competency.support.TestServer;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A query (never a mutation) may be sent as GET with URL-encoded {@code query}, {@code variables} and {@code operationName}. */
class QueriesCanBeSentWithGetTest {
  private static TestServer server;

  @BeforeAll
  static void start() {
    server = TestServer.start();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void aQueryIsAnswered() {
    Response response = server.client().query("{ competency(slug: \"cloud-productivity\") { slug options { slug } } }").get();

    assertEquals(200, response.status(), response::toString);
    assertTrue(response.errors().isEmpty(), response::toString);
    assertEquals("managed-service-partner", response.data("competency.options.0.slug"));
    assertTrue(response.header("Content-Type").startsWith("application/json"));
  }

  @Test
  void variablesAndOperationNameAreRead() {
    Response response = server.client()
        .query("query Other { catalog { revision } } query Tier($slug: String!) { competency(slug: \"cloud-productivity\") "
            + "{ option(slug: \"managed-service-partner\") { tier(slug: $slug) { rank } } } }")
        .operationName("Tier")
        .variables(Map.of("slug", "gold"))
        .get();

    assertEquals(200, response.status(), response::toString);
    assertEquals(2, response.data("competency.option.tier.rank"), response::toString);
  }

  @Test
  void theAnswerIsTheSameAsOverPost() {
    String query = "{ credentials { code kind url title { text } } }";

    assertEquals(server.client().query(query).post().json(), server.client().query(query).get().json());
  }

  @Test
  void acceptLanguageApplies() {
    Response response = server.client().query("{ markets { name { text } } }").header("Accept-Language", "ko").get();

    assertEquals("선진국 시장", response.data("markets.0.name.text"));
    assertEquals("ko-KR", response.header("Content-Language"));
  }
}
