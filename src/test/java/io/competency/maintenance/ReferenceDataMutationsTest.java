package io.competency.maintenance;

import static io.competency.support.Documents.ADD_COMPETENCY;
import static io.competency.support.Documents.ADD_CREDENTIAL;
import static io.competency.support.Documents.ADD_OPTION;
import static io.competency.support.Documents.ADD_TIER;
import static io.competency.support.Documents.ADD_WORKLOAD;
import static io.competency.maintenance.Maintenance.COMPETENCY;
import static io.competency.maintenance.Maintenance.accepted;
import static io.competency.maintenance.Maintenance.maintain;
import static io.competency.maintenance.Maintenance.rejection;
import static io.competency.maintenance.Maintenance.rejections;
import static io.competency.maintenance.Maintenance.revision;
import static io.competency.maintenance.Maintenance.simpleTier;
import static io.competency.maintenance.Maintenance.texts;
import static io.competency.maintenance.Maintenance.tierWithSkill;
import static io.competency.maintenance.Maintenance.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

import io.competency.support.Documents;
import io.competency.catalog.NodeId;
import io.competency.support.GraphqlClient.Response;
import io.competency.support.ServerOnFreshDatabase;
import io.competency.support.TestDatabase;
import io.competency.support.TestServer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code addCompetency}, {@code addOption}, {@code addCredential} and {@code addWorkload} add what a
 * tier can then use; a taken slug or code, or an unknown parent, is refused with nothing written. The
 * tests share one server on PostgreSQL, each with slugs and codes of its own.
 */
class ReferenceDataMutationsTest {
  @RegisterExtension
  static final ServerOnFreshDatabase server = new ServerOnFreshDatabase();

  @Test
  void anAddedCompetencyIsServedWithNoOptions() {
    int before = revision(server.client());
    JsonObject payload = accepted(maintain(server.client(), ADD_COMPETENCY, new JsonObject()
        .put("slug", "cloud-security")
        .put("name", texts("en-US", "Cloud Security", "ru-RU", "Облачная безопасность"))
        .put("description", texts("en-US", "For partners who secure cloud workloads."))
        .put("clientMutationId", "c-1")), "addCompetency");
    JsonObject expected = new JsonObject()
        .put("id", NodeId.of(NodeId.COMPETENCY, "cloud-security").encode())
        .put("slug", "cloud-security")
        .put("name", new JsonObject().put("text", "Cloud Security"))
        .put("description", new JsonObject().put("text", "For partners who secure cloud workloads."))
        .put("options", new JsonArray());
    assertEquals(expected, payload.getJsonObject("competency"));
    assertEquals("c-1", payload.getString("clientMutationId"));
    Response served = server.client().query("""
        { competency(slug: "cloud-security") { id slug name { text } description { text } options { slug } } }
        """).post().assertWellFormed();
    assertEquals(expected, served.data("competency"));
    assertEquals(before + 1, revision(server.client()));
  }

  @Test
  void aCompetencyWithoutADescriptionIsServedWithAnEmptyOne() {
    JsonObject payload = accepted(maintain(server.client(), ADD_COMPETENCY, new JsonObject()
        .put("slug", "modern-workplace").put("name", texts("en-US", "Modern Workplace"))), "addCompetency");
    assertEquals("", Response.at(payload, "competency.description.text"));
  }

  @Test
  void anAddedOptionTakesTiersOfItsOwn() {
    JsonObject payload = accepted(maintain(server.client(), ADD_OPTION, new JsonObject()
        .put("competency", COMPETENCY)
        .put("slug", "project-and-consult")
        .put("name", texts("en-US", "Project and Consult"))), "addOption");
    assertEquals(new JsonObject()
        .put("id", NodeId.of(NodeId.OPTION, COMPETENCY, "project-and-consult").encode())
        .put("slug", "project-and-consult")
        .put("name", new JsonObject().put("text", "Project and Consult"))
        .put("tiers", new JsonArray())
        .put("competency", new JsonObject().put("slug", COMPETENCY)), payload.getJsonObject("option"));
    JsonObject tier = accepted(maintain(server.client(), ADD_TIER, simpleTier("silver", 1).put("option", "project-and-consult")), "addTier")
        .getJsonObject("tier");
    assertEquals(NodeId.of(NodeId.TIER, COMPETENCY, "project-and-consult", "silver").encode(), tier.getString("id"));
    Response served = server.client().query("""
        { competency(slug: "cloud-productivity") {
            options { slug }
            option(slug: "project-and-consult") { tiers { id slug rank } }
            bundled: option(slug: "managed-service-partner") { tier(slug: "silver") { id rank } } } }
        """).post().assertWellFormed();
    assertEquals(List.of("managed-service-partner", "project-and-consult"),
        served.dataList("competency.options").stream().map(o -> ((JsonObject) o).getString("slug")).toList());
    assertEquals(new JsonArray().add(new JsonObject().put("id", tier.getString("id")).put("slug", "silver").put("rank", 1)),
        served.dataList("competency.option.tiers"));
    assertEquals(new JsonObject().put("id", Maintenance.tierId("silver")).put("rank", 1), served.data("competency.bundled.tier"));
  }

  @Test
  void anAddedCredentialCanBeRequiredByATier() {
    JsonObject payload = accepted(maintain(server.client(), ADD_CREDENTIAL, new JsonObject()
        .put("code", "MS-100")
        .put("kind", "EXAM")
        .put("title", texts("en-US", "Exam MS-100: Microsoft 365 Identity and Services"))
        .put("url", "https://learn.microsoft.com/credentials/ms-100")), "addCredential");
    JsonObject expected = new JsonObject()
        .put("code", "MS-100").put("kind", "EXAM")
        .put("title", new JsonObject().put("text", "Exam MS-100: Microsoft 365 Identity and Services"))
        .put("url", "https://learn.microsoft.com/credentials/ms-100");
    assertEquals(expected, payload.getJsonObject("credential"));
    assertEquals(expected, server.client().query("{ credential(code: \"MS-100\") { code kind title { text } url } }").post().data("credential"));
    JsonObject tier = accepted(maintain(server.client(), ADD_TIER, tierWithSkill("ms-100-holders", 100, "MS-100", "MCSA-OFFICE-365")),
        "addTier").getJsonObject("tier");
    assertEquals(List.of("MS-100", "MCSA-OFFICE-365"), Response.at(tier, "requirements.0.paths.0.choices.0.anyOf") instanceof JsonArray a
        ? a.stream().map(c -> ((JsonObject) c).getString("code")).toList() : null);
  }

  @Test
  void anAddedWorkloadCanBeAnEligibleWorkload() {
    JsonObject payload = accepted(maintain(server.client(), ADD_WORKLOAD, new JsonObject()
        .put("code", "TEAMS").put("name", texts("en-US", "Microsoft Teams", "ko-KR", "Microsoft Teams"))), "addWorkload");
    assertEquals(new JsonObject().put("code", "TEAMS").put("name", new JsonObject().put("text", "Microsoft Teams")),
        payload.getJsonObject("workload"));
    JsonObject input = with(Maintenance.platinumTier().put("slug", "teams-tier").put("rank", 110),
        "requirements.0.performance.eligibleWorkloads", new JsonArray().add("TEAMS").add("EXCHANGE_ONLINE"));
    JsonObject tier = accepted(maintain(server.client(), ADD_TIER, input), "addTier").getJsonObject("tier");
    assertEquals(new JsonArray().add(new JsonObject().put("code", "TEAMS")).add(new JsonObject().put("code", "EXCHANGE_ONLINE")),
        Response.at(tier, "requirements.0.eligibleWorkloads"));
    List<String> workloads = server.client().query("{ workloads { code } }").post().dataList("workloads").stream()
        .map(w -> ((JsonObject) w).getString("code")).toList();
    assertEquals("TEAMS", workloads.get(workloads.size() - 1));
  }

  static Stream<Arguments> refusals() {
    JsonArray name = texts("en-US", "Anything");
    return Stream.of(
        argumentSet("competency with a taken slug", ADD_COMPETENCY, "addCompetency", "competency",
            new JsonObject().put("slug", COMPETENCY).put("name", name),
            rejection("DUPLICATE_SLUG", "input", "slug")),
        argumentSet("competency with a slug that is not one", ADD_COMPETENCY, "addCompetency", "competency",
            new JsonObject().put("slug", "Cloud_Security").put("name", name),
            rejection("INVALID_SLUG", "input", "slug")),
        argumentSet("competency without English", ADD_COMPETENCY, "addCompetency", "competency",
            new JsonObject().put("slug", "no-english").put("name", texts("ko-KR", "클라우드")),
            rejection("MISSING_ENGLISH", "input", "name")),
        argumentSet("option with a taken slug", ADD_OPTION, "addOption", "option",
            new JsonObject().put("competency", COMPETENCY).put("slug", "managed-service-partner").put("name", name),
            rejection("DUPLICATE_SLUG", "input", "slug")),
        argumentSet("option of an unknown competency", ADD_OPTION, "addOption", "option",
            new JsonObject().put("competency", "cloud-fun").put("slug", "orphan").put("name", name),
            rejection("UNKNOWN_COMPETENCY", "input", "competency")),
        argumentSet("credential with a taken code", ADD_CREDENTIAL, "addCredential", "credential",
            new JsonObject().put("code", "70-346").put("kind", "EXAM").put("title", name),
            rejection("DUPLICATE_CODE", "input", "code")),
        argumentSet("credential with a code that is not one", ADD_CREDENTIAL, "addCredential", "credential",
            new JsonObject().put("code", "MS 100").put("kind", "EXAM").put("title", name),
            rejection("INVALID_CODE", "input", "code")),
        argumentSet("workload with a taken code", ADD_WORKLOAD, "addWorkload", "workload",
            new JsonObject().put("code", "YAMMER").put("name", name),
            rejection("DUPLICATE_CODE", "input", "code")),
        argumentSet("workload without English", ADD_WORKLOAD, "addWorkload", "workload",
            new JsonObject().put("code", "VIVA").put("name", texts("ru-RU", "Viva")),
            rejection("MISSING_ENGLISH", "input", "name")));
  }

  @ParameterizedTest
  @MethodSource("refusals")
  void aTakenSlugOrCodeOrAnUnknownParentIsRefusedAndNothingIsWritten(String document, String mutation, String result, JsonObject input,
      String expected) {
    int before = revision(server.client());
    long changes = (Long) server.db().value("SELECT count(*) FROM catalog_change");
    Response response = maintain(server.client(), document, input);
    assertEquals(List.of(expected), rejections(response, mutation, result));
    assertEquals(before, revision(server.client()));
    assertEquals(changes, server.db().value("SELECT count(*) FROM catalog_change"));
  }

  @Test
  void addedReferenceDataAndTheTiersUsingItAreReadBackAfterARestart() {
    String query = """
        {
          catalog { revision }
          competency(slug: "data-engineering") { description { text } option(slug: "analytics") { tier(slug: "first") { ...TierFields } } }
          credential(code: "DP-203") { kind url }
          workloads { code }
        }
        """ + Documents.TIER_FIELDS;
    try (TestDatabase own = TestDatabase.create()) {
      Response before;
      try (TestServer first = TestServer.start(Map.of("DATABASE_URL", own.url()))) {
        accepted(maintain(first.client(), ADD_COMPETENCY, new JsonObject().put("slug", "data-engineering")
            .put("name", texts("en-US", "Data Engineering"))), "addCompetency");
        accepted(maintain(first.client(), ADD_OPTION, new JsonObject().put("competency", "data-engineering").put("slug", "analytics")
            .put("name", texts("en-US", "Analytics"))), "addOption");
        accepted(maintain(first.client(), ADD_CREDENTIAL, new JsonObject().put("code", "DP-203").put("kind", "ASSESSMENT")
            .put("title", texts("en-US", "DP-203")).put("url", "https://learn.microsoft.com/dp-203")), "addCredential");
        accepted(maintain(first.client(), ADD_WORKLOAD, new JsonObject().put("code", "FABRIC").put("name", texts("en-US", "Fabric"))),
            "addWorkload");
        JsonObject tier = with(with(Maintenance.platinumTier(), "competency", "data-engineering"), "option", "analytics")
            .put("slug", "first").put("rank", 1);
        tier = with(tier, "requirements.0.performance.eligibleWorkloads", new JsonArray().add("FABRIC"));
        tier = with(tier, "requirements.1.skill.paths.0.choices.0.anyOf", new JsonArray().add("DP-203"));
        accepted(maintain(first.client(), ADD_TIER, tier), "addTier");
        before = first.client().query(query).post().assertWellFormed();
        assertEquals(6, before.data("catalog.revision"), before::toString);
      }
      try (TestServer restarted = TestServer.start(Map.of("DATABASE_URL", own.url()))) {
        Response after = restarted.client().query(query).post().assertWellFormed();
        assertEquals(before.json(), after.json());
      }
    }
  }

  @Test
  void aCredentialUrlThatIsNotAUrlIsATopLevelErrorOfTheUrlScalar() {
    int before = revision(server.client());
    Response response = maintain(server.client(), ADD_CREDENTIAL, new JsonObject()
        .put("code", "MS-101").put("kind", "EXAM").put("title", texts("en-US", "Exam MS-101")).put("url", "not a url"));
    assertEquals(List.of("BAD_USER_INPUT"), response.errorCodes(), response::toString);
    assertNull(response.data("addCredential"));
    assertNull(server.client().query("{ credential(code: \"MS-101\") { code } }").post().data("credential"));
    assertEquals(before, revision(server.client()));
  }

  static Stream<Arguments> urlsOfOtherSchemes() {
    return Stream.of(
        argumentSet("ftp", "ftp://files.example.com/ms-102"),
        argumentSet("mailto", "mailto:exams@example.com"),
        argumentSet("file", "file:///etc/passwd"));
  }

  /** The Url scalar takes any java.net.URL; the catalog's own check (as for the bundled files) wants http(s). */
  @ParameterizedTest
  @MethodSource("urlsOfOtherSchemes")
  void aCredentialUrlThatIsNotHttpIsRefusedAsInvalidUrl(String url) {
    int before = revision(server.client());
    Response response = maintain(server.client(), ADD_CREDENTIAL, new JsonObject()
        .put("code", "MS-102").put("kind", "EXAM").put("title", texts("en-US", "Exam MS-102")).put("url", url));
    assertEquals(List.of(rejection("INVALID_URL", "input", "url")), rejections(response, "addCredential", "credential"));
    assertEquals(before, revision(server.client()));
    assertNull(server.client().query("{ credential(code: \"MS-102\") { code } }").post().data("credential"));
  }
}
