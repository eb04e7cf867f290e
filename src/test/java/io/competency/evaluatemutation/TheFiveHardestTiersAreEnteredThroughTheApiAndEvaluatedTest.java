package io.competency.evaluatemutation;

import static io.competency.support.ProgramFixture.ADD_TIER;
import static io.competency.support.ProgramFixture.accepted;
import static io.competency.support.ProgramFixture.addCompetencyAndOption;
import static io.competency.support.ProgramFixture.addReferenceData;
import static io.competency.support.ProgramFixture.mutate;
import static io.competency.support.ProgramFixture.tierInput;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.competency.support.GraphqlClient;
import io.competency.support.GraphqlClient.Response;
import io.competency.support.ProgramFixture;
import io.competency.support.ServerOnFreshDatabase;
import io.competency.support.TestServer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.nio.file.Path;
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
 * The five hardest gold tiers of the 2017 program — ERP, CRM, Enterprise Operations, Surface Hub and
 * DevOps — transcribed from the en-US pages ({@code src/test/resources/program-2017}) and entered as a
 * maintainer would, each page step as one requirement: reference data through addWorkload,
 * addCredential and addAuthorization, then addCompetency, addOption and addTier. An integrator then
 * evaluates partners against them. On the embedded store and on PostgreSQL alike.
 */
class TheFiveHardestTiersAreEnteredThroughTheApiAndEvaluatedTest {
  private static final String MAINTAINER = "maintainer-secret-2017";
  private static final String INTEGRATOR = "integrator-secret-2017";
  private static final Path CATALOG = ProgramFixture.serverCatalog();
  private static final Map<String, String> ENV = Map.of("API_KEYS",
      "ops:maintainer:" + MAINTAINER + ",partner:integrator:" + INTEGRATOR, "CATALOG_DIR", CATALOG.toString());
  private static final List<String[]> TIERS = List.of(
      new String[] {"enterprise-resource-planning", "erp-reseller"},
      new String[] {"cloud-customer-relationship-management", "cloud-crm-reseller"},
      new String[] {"cloud-business-applications", "enterprise-operations"},
      new String[] {"windows-and-devices", "surface-hub"},
      new String[] {"devops", "devops-partner"});

  @RegisterExtension
  static final ServerOnFreshDatabase POSTGRES = ServerOnFreshDatabase.onEmptyDatabase(ENV);
  private static TestServer memory;

  /** Every field of an evaluation the program's requirements add. */
  static final String VERDICT = """
      fragment Verdict on Evaluation {
        id
        achievedTier { slug }
        tiers {
          met
          requirements {
            __typename met required actual shortfall
            explanation { text }
            ... on PerformanceResult {
              metrics { metric met required actual shortfall unit actualAmount }
              excludedRevenue { customerId workload reason }
              missingAuthorizations { code }
            }
            ... on SkillResult {
              qualifiedIndividuals { id role path }
              roles { role met required actual filledElsewhere }
            }
          }
        }
        notices { code credential { code } message { text } }
      }
      """;

  static final String EVALUATE = """
      mutation($input: EvaluateInput!) {
        evaluate(input: $input) {
          evaluation { ...Verdict }
          userErrors { code message field }
        }
      }
      """ + VERDICT;

  static final String READ_BACK = """
      query($id: ID!) { evaluation(id: $id) { ...Verdict } }
      """ + VERDICT;

  @BeforeAll
  static void enterTheTiers() {
    memory = TestServer.start(ENV);
    for (GraphqlClient client : List.of(memory.client(), POSTGRES.client())) {
      addReferenceData(client, MAINTAINER);
      for (String[] tier : TIERS) {
        addCompetencyAndOption(client, MAINTAINER, tier[0], tier[1]);
        accepted(mutate(client, MAINTAINER, ADD_TIER, tierInput(tier[0], tier[1], "gold")), "addTier");
      }
    }
  }

  @AfterAll
  static void stop() {
    memory.close();
  }

  static Stream<GraphqlClient> servers() {
    return Stream.of(memory.client(), POSTGRES.client());
  }

  private static JsonObject person(String id, String... credentials) {
    return new JsonObject().put("id", id).put("credentials", new JsonArray(List.of((Object[]) credentials)));
  }

  private static JsonObject line(String workload, String date, Object amount, String type) {
    return new JsonObject().put("workload", workload).put("date", date).put("amountUsd", amount).put("type", type);
  }

  private static JsonObject customer(String id, List<String> associations, JsonObject... revenue) {
    return new JsonObject().put("id", id).put("associations", new JsonArray(List.copyOf(associations)))
        .put("deployments", new JsonArray()).put("revenue", new JsonArray(List.of((Object[]) revenue)));
  }

  private static JsonObject input(String competency, String option, List<JsonObject> customers, List<JsonObject> people) {
    return new JsonObject().put("competency", competency).put("option", option).put("market", "DEVELOPED").put("asOf", "2017-07-07")
        .put("customers", new JsonArray(List.copyOf(customers))).put("individuals", new JsonArray(List.copyOf(people)));
  }

  private static JsonObject evaluated(GraphqlClient client, JsonObject input) {
    Response response = mutate(client, INTEGRATOR, EVALUATE, input);
    JsonObject payload = accepted(response, "evaluate");
    return payload.getJsonObject("evaluation");
  }

  private static Object at(JsonObject evaluation, String path) {
    return Response.at(evaluation, path);
  }

  static Stream<Arguments> partners() {
    List<JsonObject> erpPeople = List.of(person("ana", "MB6-890"), person("bo", "MB6-892"), person("cy", "MB6-893"),
        person("di", "MB6-705"), person("ed", "70-462"));
    List<JsonObject> crmPeople = List.of(person("ana", "MB2-714", "MB2-710"), person("bo", "MB2-713", "MB2-706", "MB2-712"),
        person("cy", "MB2-712"), person("di", "MB2-707"));
    List<JsonObject> eoPeople = java.util.stream.IntStream.range(0, 15)
        .mapToObj(i -> person("p" + i, "MB6-893", "MB6-892", "MB6-890", "70-764")).toList();
    List<JsonObject> hubPeople = List.of(person("ana", "TA-SURFACE-HUB", "70-347"), person("bo", "TA-SURFACE-HUB", "70-334"),
        person("cy", "TA-SURFACE-HUB", "70-398"), person("di", "TA-SURFACE-HUB", "70-697"));
    List<JsonObject> devopsPeople = List.of(person("ana", "70-496", "70-498", "PMI-ACP"), person("bo", "70-496", "70-498"),
        person("cy", "70-496", "70-498"), person("di", "70-496", "70-498", "CSM"));
    return servers().flatMap(client -> Stream.of(
        Arguments.of(client, "ERP gold: US$175,000 gross license revenue, no association, five different people",
            input("enterprise-resource-planning", "erp-reseller", List.of(customer("no-association", List.of(),
                line("DYNAMICS_NAV", "2017-05-01", 100_000, "NET_NEW"), line("DYNAMICS_GP", "2016-12-01", "75000.00", "RENEWAL"))),
                erpPeople)),
        Arguments.of(client, "CRM gold: US$300,000 net new revenue at DPOR customers, 2 + 2 other people",
            input("cloud-customer-relationship-management", "cloud-crm-reseller", List.of(customer("c1",
                List.of("DYNAMICS_DIGITAL_PARTNER_OF_RECORD"), line("CRM_ONLINE", "2017-01-01", "300000.01", "NET_NEW"))), crmPeople)),
        Arguments.of(client, "Enterprise Operations gold: US$300,000 revenue and US$75,000 net new over fewer products, 15 people",
            input("cloud-business-applications", "enterprise-operations", List.of(customer("c1",
                List.of("DYNAMICS_DIGITAL_PARTNER_OF_RECORD"), line("DYNAMICS_AX_ON_PREMISE", "2017-02-01", 225_000, "RENEWAL"),
                line("DYNAMICS_365_OPERATIONS", "2017-03-01", 75_000, "NET_NEW"))), eoPeople)),
        Arguments.of(client, "Surface Hub gold: 52 devices and the ADR authorization, 4 people",
            input("windows-and-devices", "surface-hub", List.of(), hubPeople)
                .put("shipments", new JsonArray().add(new JsonObject().put("workload", "SURFACE_HUB").put("date", "2016-08-01").put("units", 40))
                    .add(new JsonObject().put("workload", "SURFACE_HUB").put("date", "2017-06-30").put("units", 12)))
                .put("authorizations", new JsonArray().add("SURFACE_HUB_ADR"))),
        Arguments.of(client, "DevOps gold: 4 people with both exams, 2 of them with one more",
            input("devops", "devops-partner", List.of(), devopsPeople))));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("partners")
  void aPartnerThatMeetsEveryStepAchievesGold(GraphqlClient client, String row, JsonObject input) {
    JsonObject evaluation = evaluated(client, input);

    assertEquals("gold", at(evaluation, "achievedTier.slug"), evaluation::encodePrettily);
    assertEquals(true, at(evaluation, "tiers.0.met"));
  }

  static Stream<GraphqlClient> clients() {
    return servers();
  }

  @ParameterizedTest
  @MethodSource("clients")
  void erpGoldIsShortOnePersonWhenOneHoldsTwoOfItsExams(GraphqlClient client) {
    JsonObject evaluation = evaluated(client, input("enterprise-resource-planning", "erp-reseller", List.of(customer("c1", List.of(),
        line("DYNAMICS_365_PLAN_2", "2017-05-01", "175000", "NET_NEW"))), List.of(person("Ana", "MB6-890", "MB6-893"),
        person("Bo", "MB6-892"), person("Cy", "MB6-705"), person("Di", "70-462"))));

    String skill = "tiers.0.requirements.1.";
    assertEquals(null, at(evaluation, "achievedTier"));
    assertEquals(List.of(5, 4, 1), List.of(at(evaluation, skill + "required"), at(evaluation, skill + "actual"),
        at(evaluation, skill + "shortfall")));
    assertEquals(new JsonArray().add("Ana"), at(evaluation, skill + "roles.2.filledElsewhere"));
    assertEquals("Not met: 4 of 5 individuals qualified; 1 more needed; 1 more person who passes MB6-893;"
        + " Ana already fills the MB6-890 slot.", at(evaluation, skill + "explanation.text"));
    assertEquals(true, at(evaluation, "tiers.0.requirements.0.met"));
  }

  @ParameterizedTest
  @MethodSource("clients")
  void aStoredEvaluationReadsBackWithRevenueRolesAndAuthorizations(GraphqlClient client) {
    JsonObject evaluation = evaluated(client, input("windows-and-devices", "surface-hub", List.of(), List.of(
        person("ana", "TA-SURFACE-HUB", "70-347"), person("bo", "TA-SURFACE-HUB")))
        .put("shipments", new JsonArray().add(new JsonObject().put("workload", "SURFACE_HUB").put("date", "2017-07-07").put("units", 7))));
    JsonObject erp = evaluated(client, input("enterprise-resource-planning", "erp-reseller", List.of(customer("c1", List.of(),
        line("DYNAMICS_NAV", "2017-05-01", "-10.25", "NET_NEW"), line("DYNAMICS_NAV", "2015-05-01", "99", "NET_NEW"))),
        List.of(person("Ana", "MB6-890", "MB6-893"))));

    for (JsonObject made : List.of(evaluation, erp)) {
      Response read = client.query(READ_BACK).variables(Map.of("id", made.getString("id"))).bearer(INTEGRATOR).post().assertWellFormed();
      assertEquals(made, read.data("evaluation"));
    }
  }

  @ParameterizedTest
  @MethodSource("clients")
  void enterpriseOperationsGoldCountsAxRevenueOnlyTowardRevenue(GraphqlClient client) {
    JsonObject evaluation = evaluated(client, input("cloud-business-applications", "enterprise-operations", List.of(customer("c1",
        List.of("DYNAMICS_DIGITAL_PARTNER_OF_RECORD"), line("DYNAMICS_AX_ON_PREMISE", "2017-02-01", "300000", "NET_NEW"),
        line("DYNAMICS_365_PLAN_2", "2017-02-01", "74999.99", "NET_NEW"))), List.of()));

    String metrics = "tiers.0.requirements.0.metrics.";
    assertEquals(List.of("REVENUE", true, 374_999, "374999.99", "USD"), List.of(at(evaluation, metrics + "0.metric"),
        at(evaluation, metrics + "0.met"), at(evaluation, metrics + "0.actual"), String.valueOf(at(evaluation, metrics + "0.actualAmount")),
        at(evaluation, metrics + "0.unit")));
    assertEquals(List.of("NET_NEW_REVENUE", false, 74_999, 1), List.of(at(evaluation, metrics + "1.metric"),
        at(evaluation, metrics + "1.met"), at(evaluation, metrics + "1.actual"), at(evaluation, metrics + "1.shortfall")));
    assertEquals(new JsonArray().add(new JsonObject().put("customerId", "c1").put("workload", "DYNAMICS_AX_ON_PREMISE")
        .put("reason", "INELIGIBLE_WORKLOAD")), at(evaluation, "tiers.0.requirements.0.excludedRevenue"));
  }

  @ParameterizedTest
  @MethodSource("clients")
  void surfaceHubGoldWithoutTheAuthorizationIsNotMetWhateverTheDevices(GraphqlClient client) {
    JsonObject evaluation = evaluated(client, input("windows-and-devices", "surface-hub", List.of(), List.of())
        .put("shipments", new JsonArray().add(new JsonObject().put("workload", "SURFACE_HUB").put("date", "2017-07-07").put("units", 60))));

    String performance = "tiers.0.requirements.0.";
    assertEquals(false, at(evaluation, performance + "met"));
    assertEquals(60, at(evaluation, performance + "actual"));
    assertEquals(new JsonArray().add(new JsonObject().put("code", "SURFACE_HUB_ADR")), at(evaluation, performance + "missingAuthorizations"));
    assertTrue(String.valueOf(at(evaluation, performance + "explanation.text")).endsWith("missing authorization: Authorized Surface Hub ADR."));
  }

  @ParameterizedTest
  @MethodSource("clients")
  void crmGoldNeedsTheOtherTwoToBeDifferentPeople(GraphqlClient client) {
    JsonObject evaluation = evaluated(client, input("cloud-customer-relationship-management", "cloud-crm-reseller", List.of(),
        List.of(person("ana", "MB2-714", "MB2-710", "MB2-712"), person("bo", "MB2-713", "MB2-706", "MB2-707"), person("cy", "MB2-712"))));

    String skill = "tiers.0.requirements.1.";
    assertEquals(false, at(evaluation, skill + "met"));
    assertEquals(3, at(evaluation, skill + "actual"));
    assertEquals(new JsonArray().add(new JsonObject().put("role", 0).put("met", true).put("required", 2).put("actual", 2)
            .put("filledElsewhere", new JsonArray()))
        .add(new JsonObject().put("role", 1).put("met", false).put("required", 2).put("actual", 1)
            .put("filledElsewhere", new JsonArray().add("ana").add("bo"))), at(evaluation, skill + "roles"));
  }
}
