package io.competency.maintenance;

import static io.competency.maintenance.Maintenance.rejection;
import static io.competency.maintenance.Maintenance.rejections;
import static io.competency.maintenance.Maintenance.revision;
import static io.competency.maintenance.Maintenance.texts;
import static io.competency.maintenance.Maintenance.with;
import static io.competency.maintenance.Maintenance.without;
import static io.competency.support.ProgramFixture.ADD_AUTHORIZATION;
import static io.competency.support.ProgramFixture.ADD_CREDENTIAL;
import static io.competency.support.ProgramFixture.ADD_TIER;
import static io.competency.support.ProgramFixture.addCompetencyAndOption;
import static io.competency.support.ProgramFixture.addReferenceData;
import static io.competency.support.ProgramFixture.mutate;
import static io.competency.support.ProgramFixture.tierInput;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

import io.competency.support.GraphqlClient;
import io.competency.support.GraphqlClient.Response;
import io.competency.support.ProgramFixture;
import io.competency.support.ServerOnFreshDatabase;
import io.competency.support.TestServer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What the program's requirements add to a tier is checked like the rest: each wrong field of an
 * {@code addTier}, {@code addCredential} or {@code addAuthorization} input is a user error with its code
 * and path, and nothing is stored (the revision stays). Each row changes one field of a page transcribed
 * from the 2017 program. On the embedded store and on PostgreSQL alike.
 */
class ProgramRequirementsAreCheckedAndNothingIsStoredTest {
  private static final String MAINTAINER = "maintainer-secret-checks";
  private static final Map<String, String> ENV = Map.of("API_KEYS", "ops:maintainer:" + MAINTAINER,
      "CATALOG_DIR", ProgramFixture.serverCatalog().toString());
  private static final String HUB = "requirements.0.performance";
  private static final String ERP_SKILL = "requirements.1.skill";

  @RegisterExtension
  static final ServerOnFreshDatabase POSTGRES = ServerOnFreshDatabase.onEmptyDatabase(ENV);
  private static TestServer memory;

  @BeforeAll
  static void prepare() {
    memory = TestServer.start(ENV);
    for (GraphqlClient client : List.of(memory.client(), POSTGRES.client())) {
      addReferenceData(client, MAINTAINER);
      addCompetencyAndOption(client, MAINTAINER, "windows-and-devices", "surface-hub");
      addCompetencyAndOption(client, MAINTAINER, "enterprise-resource-planning", "erp-reseller");
      addCompetencyAndOption(client, MAINTAINER, "cloud-business-applications", "enterprise-operations");
    }
  }

  @AfterAll
  static void stop() {
    memory.close();
  }

  private static String[] at(String dotted) {
    return ("input." + dotted).split("\\.");
  }

  static Stream<Arguments> tiers() {
    JsonObject hub = tierInput("windows-and-devices", "surface-hub", "gold");
    JsonObject erp = tierInput("enterprise-resource-planning", "erp-reseller", "gold");
    JsonObject operations = tierInput("cloud-business-applications", "enterprise-operations", "gold");
    JsonObject role = erp.getJsonArray("requirements").getJsonObject(1).getJsonObject("skill").getJsonArray("roles").getJsonObject(0);
    List<Arguments.ArgumentSet> rows = List.of(
        argumentSet("unknown authorization", with(hub, HUB + ".requiredAuthorizations.0", "SURFACE_HUB_RESELLER"),
            rejection("UNKNOWN_AUTHORIZATION", at(HUB + ".requiredAuthorizations.0"))),
        argumentSet("a threshold in dollars for devices", with(hub, HUB + ".metrics.0.unit", "USD"),
            rejection("UNIT_MISMATCH", at(HUB + ".metrics.0.unit"))),
        argumentSet("a customer association on devices the partner ships", with(hub, HUB + ".qualifyingAssociations",
            new JsonArray().add("DELEGATED_ADMIN")), rejection("INVALID_VALUE", at(HUB + ".qualifyingAssociations"))),
        argumentSet("an unknown workload of one metric", with(operations, "requirements.0.performance.metrics.1.eligibleWorkloads.1",
            "DYNAMICS_365_PLAN_9"), rejection("UNKNOWN_WORKLOAD", at("requirements.0.performance.metrics.1.eligibleWorkloads.1"))),
        argumentSet("a role with no paths", with(erp, ERP_SKILL + ".roles.2.paths", new JsonArray()),
            rejection("EMPTY", at(ERP_SKILL + ".roles.2.paths"))),
        argumentSet("no roles at all", with(erp, ERP_SKILL + ".roles", new JsonArray()), rejection("EMPTY", at(ERP_SKILL + ".roles"))),
        argumentSet("neither roles nor individuals and paths", without(erp, ERP_SKILL + ".roles"),
            rejection("REQUIRED", at(ERP_SKILL + ".roles"))),
        argumentSet("roles and individuals both given", with(erp, ERP_SKILL + ".individuals", 5),
            rejection("CONFLICTING_FIELDS", at(ERP_SKILL + ".individuals"))),
        argumentSet("roles and paths both given", with(erp, ERP_SKILL + ".paths", role.getJsonArray("paths")),
            rejection("CONFLICTING_FIELDS", at(ERP_SKILL + ".paths"))),
        argumentSet("a role's title without English", with(erp, ERP_SKILL + ".roles.1.title", texts("ru-RU", "Другой сотрудник")),
            rejection("MISSING_ENGLISH", at(ERP_SKILL + ".roles.1.title"))),
        argumentSet("an unknown credential in a role", with(erp, ERP_SKILL + ".roles.4.paths.0.choices.0.anyOf.0", "70-463"),
            rejection("UNKNOWN_CREDENTIAL", at(ERP_SKILL + ".roles.4.paths.0.choices.0.anyOf.0"))),
        argumentSet("a choice description without English", with(hub, "requirements.1.skill.paths.0.choices.1.description",
            texts("ko-KR", "설명")), rejection("MISSING_ENGLISH", at("requirements.1.skill.paths.0.choices.1.description"))));
    return servers().flatMap(client -> rows.stream().map(row -> argumentSet(row.getName() + " (" + mode(client) + ")",
        client, row.get()[0], row.get()[1])));
  }

  private static Stream<GraphqlClient> servers() {
    return Stream.of(memory.client(), POSTGRES.client());
  }

  private static String mode(GraphqlClient client) {
    return client == memory.client() ? "embedded" : "PostgreSQL";
  }

  @ParameterizedTest
  @MethodSource("tiers")
  void aWrongFieldOfATierIsReportedAtItsPath(GraphqlClient client, JsonObject input, String expected) {
    int before = revision(client);

    Response response = mutate(client, MAINTAINER, ADD_TIER, input);

    assertEquals(List.of(expected), rejections(response, "addTier", "tier"));
    assertEquals(before, revision(client));
    assertNull(client.query("{ competency(slug: \"" + input.getString("competency") + "\") { option(slug: \""
        + input.getString("option") + "\") { tier(slug: \"gold\") { slug } } } }").post().data("competency.option.tier"));
  }

  static Stream<Arguments> referenceData() {
    JsonObject credential = new JsonObject().put("code", "70-354-V2").put("kind", "EXAM")
        .put("title", texts("en-US", "Exam 70-354 (new)"));
    JsonObject authorization = new JsonObject().put("code", "SURFACE_HUB_RESELLER").put("name", texts("en-US", "Surface Hub reseller"));
    List<Object[]> rows = List.of(
        new Object[] {ADD_CREDENTIAL, "addCredential", "credential", credential.copy().put("replacedBy", new JsonArray().add("70-999")),
            rejection("UNKNOWN_CREDENTIAL", "input", "replacedBy", "0")},
        new Object[] {ADD_CREDENTIAL, "addCredential", "credential", credential.copy().put("replacedBy", new JsonArray().add("70-354-V2")),
            rejection("UNKNOWN_CREDENTIAL", "input", "replacedBy", "0")},
        new Object[] {ADD_CREDENTIAL, "addCredential", "credential", credential.copy().put("issuer", " "),
            rejection("EMPTY", "input", "issuer")},
        new Object[] {ADD_AUTHORIZATION, "addAuthorization", "authorization", authorization.copy().put("code", "SURFACE_HUB_ADR"),
            rejection("DUPLICATE_CODE", "input", "code")},
        new Object[] {ADD_AUTHORIZATION, "addAuthorization", "authorization", authorization.copy().put("code", "surface hub"),
            rejection("INVALID_CODE", "input", "code")},
        new Object[] {ADD_AUTHORIZATION, "addAuthorization", "authorization", authorization.copy().put("name", texts("ru-RU", "Реселлер")),
            rejection("MISSING_ENGLISH", "input", "name")});
    return servers().flatMap(client -> rows.stream().map(r -> argumentSet(r[4] + " (" + mode(client) + ")", client, r[0], r[1], r[2], r[3],
        r[4])));
  }

  @ParameterizedTest
  @MethodSource("referenceData")
  void aWrongFieldOfReferenceDataIsReportedAtItsPath(GraphqlClient client, String document, String mutation, String result,
      JsonObject input, String expected) {
    int before = revision(client);

    Response response = mutate(client, MAINTAINER, document, input);

    assertEquals(List.of(expected), rejections(response, mutation, result));
    assertEquals(before, revision(client));
  }
}
