package io.competency.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.competency.support.Documents;
import io.competency.support.GraphqlClient.Response;
import io.competency.support.TestKeys;
import io.competency.support.TestServer;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A catalog-only query sent with GET carries an {@code ETag} (per catalog revision, locale, media type,
 * document and variables) and {@code Cache-Control} with a short max-age and revalidation;
 * {@code If-None-Match} with that tag is answered 304 with nothing run. Everything else on
 * {@code /graphql} is {@code no-store}, and every {@code /graphql} answer says what it varies with.
 */
class CatalogReadsAreCachedOverHttpTest {
  private static final String MARKETS = "{ markets { code name { text } } }";
  private static final String BY_SLUG = "query($slug: String!) { competency(slug: $slug) { slug name { text } } }";

  private static TestServer server;

  @BeforeAll
  static void start() {
    server = TestServer.start(Map.of("HTTP_CACHE_MAX_AGE", "45"));
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void aCatalogGetHasAnEntityTagAndAShortLifetime() {
    Response response = server.client().query(MARKETS).get();

    assertEquals(200, response.status(), response::toString);
    assertTrue(response.header("ETag").matches("W/\"\\d+-[0-9a-f]{32}\""), response.header("ETag"));
    assertEquals("public, max-age=45, must-revalidate", response.header("Cache-Control"));
  }

  @Test
  void revalidatingWithTheTagIsNotModified() {
    String etag = server.client().query(MARKETS).get().header("ETag");

    Response again = server.client().query(MARKETS).header("If-None-Match", etag).get();

    assertEquals(304, again.status(), again::toString);
    assertEquals("", again.body());
    assertEquals(etag, again.header("ETag"));
    assertEquals("public, max-age=45, must-revalidate", again.header("Cache-Control"));
    assertTrue(again.header("Vary").contains("Accept-Language"), again.header("Vary"));
  }

  @Test
  void anyOfSeveralTagsAndTheStrongFormMatch() {
    String etag = server.client().query(MARKETS).get().header("ETag");

    assertEquals(304, server.client().query(MARKETS).header("If-None-Match", "W/\"1-0000\", " + etag).get().status());
    assertEquals(304, server.client().query(MARKETS).header("If-None-Match", etag.substring(2)).get().status());
    assertEquals(304, server.client().request("HEAD", "/graphql?query=" + URLEncoder.encode(MARKETS, StandardCharsets.UTF_8))
        .header("If-None-Match", etag).send().status());
  }

  @Test
  void aStaleTagGetsTheAnswer() {
    Response response = server.client().query(MARKETS).header("If-None-Match", "W/\"1-00000000000000000000000000000000\"").get();

    assertEquals(200, response.status(), response::toString);
    assertEquals(List.of(), response.errors());
  }

  @Test
  void theTagDependsOnTheLanguageTheVariablesAndTheMediaType() {
    String english = server.client().query(MARKETS).header("Accept-Language", "en").get().header("ETag");
    String russian = server.client().query(MARKETS).header("Accept-Language", "ru").get().header("ETag");
    String graphqlType = server.client().query(MARKETS).header("Accept", "application/graphql-response+json").get().header("ETag");
    String one = server.client().query(BY_SLUG).variables(Map.of("slug", "cloud-productivity")).get().header("ETag");
    String other = server.client().query(BY_SLUG).variables(Map.of("slug", "another")).get().header("ETag");

    assertNotEquals(english, russian);
    assertNotEquals(english, graphqlType);
    assertNotEquals(one, other);
    assertEquals(200, server.client().query(MARKETS).header("Accept-Language", "ru").header("If-None-Match", english).get().status(),
        "an English copy does not validate a Russian answer");
  }

  @Test
  void aNewRevisionChangesTheTag() {
    try (TestServer own = TestServer.start()) {
      String before = own.client().query(MARKETS).get().header("ETag");
      own.client().query(Documents.ADD_WORKLOAD)
          .variables(Map.of("input", Map.of("code", "CACHE_BUSTER", "name", List.of(Map.of("locale", "en-US", "text", "Buster")))))
          .bearer(TestKeys.MAINTAINER_SECRET).post();

      Response after = own.client().query(MARKETS).header("If-None-Match", before).get();

      assertEquals(200, after.status(), after::toString);
      assertNotEquals(before, after.header("ETag"));
    }
  }

  @Test
  void postsErrorsAndKeyedReadsAreNotStored() {
    List<Response> uncacheable = List.of(
        server.client().query(MARKETS).post(),
        server.client().query("{ price }").get(),
        server.client().query("{ catalogChanges(first: 1) { revision } }").bearer(TestKeys.MAINTAINER_SECRET).get(),
        server.client().query(BY_SLUG).get());

    for (Response response : uncacheable) {
      assertNull(response.header("ETag"), response::toString);
      assertEquals("no-store", response.header("Cache-Control"), response::toString);
    }
  }

  @Test
  void everyGraphqlAnswerSaysWhatItVariesWith() {
    List<Response> answers = List.of(
        server.client().query(MARKETS).get(),
        server.client().query(MARKETS).post(),
        server.client().query("{ price }").post(),
        server.client().request("PUT", "/graphql").send(),
        server.client().request("POST", "/graphql").body("text/plain", "{}").send());

    for (Response response : answers) {
      String vary = response.header("Vary");
      assertTrue(vary != null && vary.contains("Accept-Language") && vary.contains("Origin") && vary.contains("Accept"),
          () -> response.status() + " " + vary);
    }
  }
}
