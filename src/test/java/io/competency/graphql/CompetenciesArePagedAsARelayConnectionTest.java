package io.competency.graphql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

import io.competency.support.GraphqlClient.Response;
import io.competency.support.TestServer;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code competencies(first, after)} is a Relay connection in catalog order. The server runs on a copy of
 * the bundled catalog with two more competencies, so that there is something to page through.
 */
class CompetenciesArePagedAsARelayConnectionTest {
  private static final String PAGE = """
      query($first: Int, $after: String) {
        competencies(first: $first, after: $after) {
          totalCount
          edges { cursor node { slug } }
          pageInfo { hasNextPage endCursor }
        }
      }
      """;

  @TempDir
  static Path catalog;
  private static TestServer server;

  @BeforeAll
  static void startOnACatalogOfThreeCompetencies() throws IOException {
    Path source = Path.of("catalog");
    Files.createDirectories(catalog.resolve("competencies"));
    for (String file : List.of("markets.yaml", "workloads.yaml", "association-types.yaml", "credentials.yaml",
        "competencies/cloud-productivity.yaml")) {
      Files.copy(source.resolve(file), catalog.resolve(file));
    }
    competency("data-analytics", "Data Analytics");
    competency("security", "Security");
    server = TestServer.start(Map.of("CATALOG_DIR", catalog.toString()));
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void withoutArgumentsEveryCompetencyComesInCatalogOrder() {
    Response page = page(null, null);

    assertEquals(List.of("cloud-productivity", "data-analytics", "security"), slugs(page));
    assertEquals(3, page.data("competencies.totalCount"));
    assertEquals(false, page.data("competencies.pageInfo.hasNextPage"));
    assertEquals(page.data("competencies.edges.2.cursor"), page.data("competencies.pageInfo.endCursor"));
  }

  @Test
  void pagesFollowEachOtherByTheirEndCursor() {
    Response first = page(2, null);
    assertEquals(List.of("cloud-productivity", "data-analytics"), slugs(first));
    assertEquals(true, first.data("competencies.pageInfo.hasNextPage"));
    String endCursor = (String) first.data("competencies.pageInfo.endCursor");
    assertEquals(first.data("competencies.edges.1.cursor"), endCursor);

    Response second = page(2, endCursor);
    assertEquals(List.of("security"), slugs(second));
    assertEquals(false, second.data("competencies.pageInfo.hasNextPage"));
    assertEquals(second.data("competencies.edges.0.cursor"), second.data("competencies.pageInfo.endCursor"));

    Response beyond = page(2, (String) second.data("competencies.pageInfo.endCursor"));
    assertEquals(List.of(), slugs(beyond));
    assertEquals(false, beyond.data("competencies.pageInfo.hasNextPage"));
    assertNull(beyond.data("competencies.pageInfo.endCursor"));
  }

  @Test
  void aPageSaysWhereItStartsAndWhetherAnythingComesBeforeIt() {
    String query = "query($first: Int, $after: String) { competencies(first: $first, after: $after) {"
        + " edges { cursor } pageInfo { hasPreviousPage startCursor hasNextPage endCursor } } }";
    Response first = server.client().query(query).variables(Map.of("first", 2)).post();
    assertEquals(false, first.data("competencies.pageInfo.hasPreviousPage"));
    assertEquals(first.data("competencies.edges.0.cursor"), first.data("competencies.pageInfo.startCursor"));

    Map<String, Object> next = new HashMap<>(Map.of("first", 2, "after", first.data("competencies.pageInfo.endCursor")));
    Response second = server.client().query(query).variables(next).post();
    assertEquals(true, second.data("competencies.pageInfo.hasPreviousPage"));
    assertEquals(second.data("competencies.edges.0.cursor"), second.data("competencies.pageInfo.startCursor"));

    Response none = server.client().query(query).variables(Map.of("first", 0)).post();
    assertNull(none.data("competencies.pageInfo.startCursor"));
    assertEquals(false, none.data("competencies.pageInfo.hasPreviousPage"));
  }

  @Test
  void everyEdgeHasItsOwnCursorAndAnyCursorResumesAfterItsEdge() {
    Response all = page(null, null);
    List<String> cursors = all.dataList("competencies.edges").stream().map(e -> ((JsonObject) e).getString("cursor")).toList();
    assertEquals(3, cursors.stream().distinct().count(), cursors::toString);

    assertEquals(List.of("data-analytics"), slugs(page(1, cursors.get(0))));
    assertEquals(List.of("security"), slugs(page(1, cursors.get(1))));
  }

  @Test
  void firstZeroGivesNoEdgesButSaysThereIsMore() {
    Response page = page(0, null);

    assertTrue(page.errors().isEmpty(), page::toString);
    assertEquals(List.of(), slugs(page));
    assertEquals(true, page.data("competencies.pageInfo.hasNextPage"));
    assertNull(page.data("competencies.pageInfo.endCursor"));
    assertEquals(3, page.data("competencies.totalCount"));
  }

  @Test
  void aHundredIsTheLargestPage() {
    Response page = page(100, null);

    assertTrue(page.errors().isEmpty(), page::toString);
    assertEquals(3, slugs(page).size());
  }

  static Stream<Arguments> badArguments() {
    return Stream.of(
        argumentSet("first: 1000", 1000, null),
        argumentSet("first: 101", 101, null),
        argumentSet("first: -1", -1, null),
        argumentSet("a cursor that is not base64", 2, "not a cursor!"),
        argumentSet("a cursor of another kind", 2, "VGllcjpjbG91ZC1wcm9kdWN0aXZpdHk"),
        argumentSet("the cursor of a competency that does not exist",
            2, Base64.getUrlEncoder().withoutPadding().encodeToString("competency:nope".getBytes(StandardCharsets.UTF_8))),
        argumentSet("an empty cursor", 2, ""));
  }

  @ParameterizedTest
  @MethodSource("badArguments")
  void badArgumentsAreAnErrorWithCodeBadUserInput(Integer first, String after) {
    Response page = page(first, after).assertWellFormed();

    assertEquals(200, page.status());
    assertEquals(List.of("BAD_USER_INPUT"), page.errorCodes(), page::toString);
    assertNull(page.data("competencies"));
    assertNotNull(page.errors().get(0).getJsonArray("path"), "the error points at the field");
    assertNotEquals("", page.errors().get(0).getString("message"));
  }

  private static Response page(Integer first, String after) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("first", first);
    variables.put("after", after);
    return server.client().query(PAGE).variables(variables).post();
  }

  private static List<Object> slugs(Response page) {
    return page.dataList("competencies.edges").stream().map(e -> Response.at(e, "node.slug")).toList();
  }

  private static void competency(String slug, String name) throws IOException {
    Files.writeString(catalog.resolve("competencies/" + slug + ".yaml"),
        "slug: " + slug + "\nname:\n  en-US: " + name + "\n", StandardCharsets.UTF_8);
  }
}
