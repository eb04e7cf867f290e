package io.competency.http;

import static io.competency.support.TestKeys.MAINTAINER_SECRET;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.competency.support.GraphqlClient.Response;
import io.competency.support.TestServer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Whole answers to catalog-only queries are cached; a cached answer is only ever served for the same
 * document, variables, locale and catalog revision.
 */
class CatalogAnswersAreCachedPerRevisionLocaleAndVariablesTest {
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
  void theSameQueryIsAnsweredTheSameEachTime() {
    String query = "{ competency(slug: \"cloud-productivity\") { options { tiers { slug rank } } } }";

    Response first = server.client().query(query).post();
    Response second = server.client().query(query).post();

    assertEquals(first.body(), second.body());
    assertEquals(2, second.data("competency.options.0.tiers.1.rank"));
  }

  @Test
  void differentVariablesGetTheirOwnAnswers() {
    String query = "query($slug: String!) { competency(slug: $slug) { slug } }";

    assertEquals("cloud-productivity", server.client().query(query).variables(Map.of("slug", "cloud-productivity")).post().data("competency.slug"));
    assertNull(server.client().query(query).variables(Map.of("slug", "security")).post().data("competency.slug"));
    assertEquals("cloud-productivity", server.client().query(query).variables(Map.of("slug", "cloud-productivity")).post().data("competency.slug"));
  }

  @Test
  void differentLanguagesGetTheirOwnAnswers() {
    String query = "{ workloads { code name { text locale } } }";
    for (int round = 0; round < 2; round++) {
      Response russian = server.client().query(query).header("Accept-Language", "ru").post();
      Response korean = server.client().query(query).header("Accept-Language", "ko").post();
      Response english = server.client().query(query).post();

      assertEquals("Skype для бизнеса", russian.data("workloads.2.name.text"));
      assertEquals("ru-RU", russian.header("Content-Language"));
      assertEquals("비즈니스용 Skype", korean.data("workloads.2.name.text"));
      assertEquals("ko-KR", korean.header("Content-Language"));
      assertEquals("Skype for Business", english.data("workloads.2.name.text"));
      assertEquals("en-US", english.header("Content-Language"));
    }
  }

  @Test
  void differentOperationsOfOneDocumentGetTheirOwnAnswers() {
    String document = "query Markets { markets { code } } query Credentials { credentials { code } }";

    Response markets = server.client().query(document).operationName("Markets").post();
    Response credentials = server.client().query(document).operationName("Credentials").post();

    assertEquals("DEVELOPED", markets.data("markets.0.code"), markets::toString);
    assertEquals("70-243", credentials.data("credentials.0.code"), credentials::toString);
  }

  @Test
  void anErrorIsNotCached() {
    String query = "{ competencies(first: 1000) { totalCount } }";

    for (int round = 0; round < 2; round++) {
      Response response = server.client().query(query).post();
      assertEquals(List.of("BAD_USER_INPUT"), response.errorCodes(), response::toString);
    }
  }

  @Test
  void aNewRevisionIsNotAnsweredFromTheOldOne() {
    String query = "{ catalog { revision } workloads { code } }";
    Response before = server.client().query(query).post();
    int workloads = before.dataList("workloads").size();

    Response added = server.client()
        .query("mutation { addWorkload(input: {code: \"TEAMS\", name: [{locale: \"en-US\", text: \"Microsoft Teams\"}]}) "
            + "{ workload { code } userErrors { code } } }")
        .bearer(MAINTAINER_SECRET)
        .post();
    assertTrue(added.errors().isEmpty(), added::toString);
    assertEquals("TEAMS", added.data("addWorkload.workload.code"), added::toString);

    Response after = server.client().query(query).post();
    assertEquals((Integer) before.data("catalog.revision") + 1, after.data("catalog.revision"), after::toString);
    assertEquals(workloads + 1, after.dataList("workloads").size(), after::toString);
    assertEquals("TEAMS", after.data("workloads." + workloads + ".code"), after::toString);
  }
}
