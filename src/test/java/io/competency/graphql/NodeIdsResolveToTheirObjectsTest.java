package io.competency.graphql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

import io.competency.support.GraphqlClient.Response;
import io.competency.support.TestServer;
import io.vertx.core.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The id of every competency, option, tier and requirement resolves through {@code node(id:)} to the same
 * object; anything else resolves to null, without an error.
 */
class NodeIdsResolveToTheirObjectsTest {
  private static final String NODE = """
      query($id: ID!) {
        node(id: $id) {
          __typename
          id
          ... on Competency { slug }
          ... on Option { slug competency { slug } }
          ... on Tier { slug rank option { slug } }
          ... on Requirement { position title { text } }
        }
      }
      """;

  private static TestServer server;

  @BeforeAll
  static void start() {
    server = TestServer.start();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  /** What a node must look like when fetched by its id: type, id and identifying fields. */
  private record Expected(String description, JsonObject node) {
  }

  @TestFactory
  Stream<DynamicTest> everyCatalogObjectIsFoundByItsId() {
    List<Expected> expected = catalogObjects();
    assertEquals(1 + 1 + 2 + 4, expected.size(), "competency, option, 2 tiers, 4 requirements");
    return expected.stream().map(e -> DynamicTest.dynamicTest(e.description(), () -> {
      Response response = server.client().query(NODE).variables(Map.of("id", e.node().getString("id"))).post().assertWellFormed();
      assertTrue(response.errors().isEmpty(), response::toString);
      assertEquals(e.node(), response.data("node"));
    }));
  }

  @Test
  void everyIdIsDistinct() {
    List<String> ids = catalogObjects().stream().map(e -> e.node().getString("id")).toList();
    assertEquals(ids.size(), new HashSet<>(ids).size(), ids::toString);
  }

  static Stream<Arguments> unknownIds() {
    String longId = "A".repeat(5000);
    return Stream.of(
        argumentSet("empty", ""),
        argumentSet("not base64", "not an id!"),
        argumentSet("base64 of no type", encode("cloud-productivity")),
        argumentSet("an unknown competency", encode("Competency:cloud-security")),
        argumentSet("a competency with an empty key", encode("Competency:")),
        argumentSet("an unknown tier", encode("Tier:cloud-productivity/managed-service-partner/platinum")),
        argumentSet("a tier id with too few parts", encode("Tier:cloud-productivity/silver")),
        argumentSet("an option id with too many parts", encode("Option:cloud-productivity/managed-service-partner/silver")),
        argumentSet("a requirement past the end", encode("Requirement:cloud-productivity/managed-service-partner/silver/2")),
        argumentSet("a negative requirement position", encode("Requirement:cloud-productivity/managed-service-partner/silver/-1")),
        argumentSet("a non-numeric requirement position", encode("Requirement:cloud-productivity/managed-service-partner/silver/first")),
        argumentSet("a huge requirement position", encode("Requirement:cloud-productivity/managed-service-partner/silver/99999999999")),
        argumentSet("an unknown type", encode("Partner:cloud-productivity")),
        argumentSet("an evaluation nobody made", encode("Evaluation:00000000-0000-0000-0000-000000000000")),
        argumentSet("a very long id", longId));
  }

  @ParameterizedTest
  @MethodSource("unknownIds")
  void anythingElseIsNullWithoutAnError(String id) {
    Response response = server.client().query(NODE).variables(Map.of("id", id)).post().assertWellFormed();

    assertEquals(200, response.status(), response::toString);
    assertTrue(response.errors().isEmpty(), response::toString);
    assertTrue(response.json().getJsonObject("data").containsKey("node"), response::toString);
    assertNull(response.data("node"), response::toString);
  }

  /** Every node of the catalog as the catalog query shows it. */
  private static List<Expected> catalogObjects() {
    Response response = server.client().query("""
        {
          competency(slug: "cloud-productivity") {
            __typename id slug
            options {
              __typename id slug competency { slug }
              tiers {
                __typename id slug rank option { slug }
                requirements { __typename id position title { text } }
              }
            }
          }
        }
        """).post();
    assertTrue(response.errors().isEmpty(), response::toString);
    JsonObject competency = (JsonObject) response.data("competency");
    List<Expected> out = new ArrayList<>();
    JsonObject competencyNode = competency.copy();
    competencyNode.remove("options");
    out.add(new Expected("competency " + competency.getString("slug"), competencyNode));
    for (Object o : competency.getJsonArray("options")) {
      JsonObject option = ((JsonObject) o).copy();
      option.remove("tiers");
      out.add(new Expected("option " + option.getString("slug"), option));
      for (Object t : ((JsonObject) o).getJsonArray("tiers")) {
        JsonObject tier = ((JsonObject) t).copy();
        tier.remove("requirements");
        out.add(new Expected("tier " + tier.getString("slug"), tier));
        for (Object r : ((JsonObject) t).getJsonArray("requirements")) {
          JsonObject requirement = (JsonObject) r;
          assertNotNull(requirement.getString("id"));
          out.add(new Expected("requirement " + requirement.getInteger("position") + " of " + tier.getString("slug"), requirement));
        }
      }
    }
    return out;
  }

  private static String encode(String text) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
  }
}
