package io.competency.evaluatemutation;

import static io.competency.evaluatemutation.Integrator.evaluation;
import static io.competency.evaluatemutation.Partner.COMPETENCY;
import static io.competency.evaluatemutation.Partner.DELEGATED;
import static io.competency.evaluatemutation.Partner.DELEGATED_ADMIN;
import static io.competency.evaluatemutation.Partner.DEVELOPED;
import static io.competency.evaluatemutation.Partner.DEVELOPING;
import static io.competency.evaluatemutation.Partner.DIGITAL_PARTNER_OF_RECORD;
import static io.competency.evaluatemutation.Partner.ELIGIBLE_WORKLOADS;
import static io.competency.evaluatemutation.Partner.EXAM_346;
import static io.competency.evaluatemutation.Partner.EXAM_347;
import static io.competency.evaluatemutation.Partner.EXCHANGE;
import static io.competency.evaluatemutation.Partner.FAST_TRACK_PARTNER;
import static io.competency.evaluatemutation.Partner.MCSA;
import static io.competency.evaluatemutation.Partner.OPTION;
import static io.competency.evaluatemutation.Partner.TRANSACTING_PARTNER;
import static io.competency.evaluatemutation.Partner.UNASSOCIATED;
import static io.competency.evaluatemutation.Partner.deployment;
import static io.competency.maintenance.Maintenance.applied;
import static io.competency.maintenance.Maintenance.revision;
import static io.competency.maintenance.Maintenance.texts;
import static io.competency.support.TestKeys.INTEGRATOR_SECRET;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

import io.competency.support.Documents;
import io.competency.support.GraphqlClient.Response;
import io.competency.support.ServerOnFreshDatabase;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A tier a maintainer adds is evaluated at once, with rules the page's tiers do not use: a platinum tier
 * (rank 3) whose performance requirement has two metrics (6,000 active entitlements in every market, and
 * new customers over the 12 months before {@code asOf}: 3 in developed markets, 2 in developing ones) and
 * whose skill requirement needs 3 individuals. Evaluations record the catalog revision they ran against
 * and keep the tiers they were judged by, whatever the catalog does later.
 */
class MaintainerTierIsEvaluatedTest {
  private static final String PLATINUM_PERFORMANCE = "tiers.2.requirements.0.";
  private static final String PLATINUM_SKILL = "tiers.2.requirements.1.";

  @RegisterExtension
  static final ServerOnFreshDatabase server = new ServerOnFreshDatabase();
  private static int revisionBefore;
  private static int revisionAfter;
  /** Made just before the tier was added. */
  private static JsonObject beforeAdding;
  /** Made just after the tier was added. */
  private static JsonObject afterAdding;

  @BeforeAll
  static void start() {
    revisionBefore = revision(server.client());
    beforeAdding = evaluation(server.client(), goldPartner(DEVELOPED).input());
    applied(server.client(), Documents.ADD_TIER, platinum());
    revisionAfter = revision(server.client());
    afterAdding = evaluation(server.client(), goldPartner(DEVELOPED).input());
  }

  /** The platinum tier's {@code addTier} input. */
  private static Map<String, Object> platinum() {
    Map<String, Object> performance = Map.of(
        "title", texts("en-US", "Your organization must meet the platinum performance thresholds."),
        "metrics", List.of(
            Map.of("metric", "ACTIVE_ENTITLEMENTS", "thresholds", List.of(Map.of("value", 6000))),
            Map.of("metric", "NEW_CUSTOMERS", "windowMonths", 12, "thresholds", List.of(
                Map.of("market", DEVELOPED, "value", 3),
                Map.of("market", DEVELOPING, "value", 2)))),
        "eligibleWorkloads", ELIGIBLE_WORKLOADS,
        "excludesTrials", true,
        "qualifyingAssociations", List.of(DELEGATED_ADMIN, TRANSACTING_PARTNER, DIGITAL_PARTNER_OF_RECORD, FAST_TRACK_PARTNER));
    Map<String, Object> skill = Map.of(
        "title", texts("en-US", "Your organization must have 3 individuals pass the exam requirements."),
        "individuals", 3,
        "paths", List.of(
            Map.of("choices", List.of(Map.of("anyOf", List.of(EXAM_346)), Map.of("anyOf", List.of(EXAM_347)))),
            Map.of("choices", List.of(Map.of("anyOf", List.of(MCSA))))));
    return Map.of("competency", COMPETENCY, "option", OPTION, "slug", "platinum", "rank", 3,
        "name", texts("en-US", "Platinum", "ru-RU", "Платиновый"),
        "requirements", List.of(Map.of("performance", performance), Map.of("skill", skill)));
  }

  /** A partner that meets gold (4,000 active entitlements, 2 individuals) and has no new customers. */
  private static Partner goldPartner(String market) {
    return Partner.in(market)
        .customer("contoso", DELEGATED, deployment(EXCHANGE, 4000))
        .individual("alice", EXAM_346, EXAM_347)
        .individual("bob", MCSA);
  }

  @Test
  void theNewTierIsNextWhenGoldIsMet() {
    JsonObject evaluation = evaluation(server.client(), goldPartner(DEVELOPED).input());

    assertAll(
        () -> assertEquals(List.of("silver", "gold", "platinum"), tierSlugs(evaluation)),
        () -> assertEquals("gold", at(evaluation, "achievedTier.slug")),
        () -> assertEquals("platinum", at(evaluation, "nextTier.slug")),
        () -> assertEquals(false, at(evaluation, "tiers.2.met")),
        () -> assertEquals(new JsonArray()
                .add(metric("ACTIVE_ENTITLEMENTS", false, 6000, 4000, 2000))
                .add(metric("NEW_CUSTOMERS", false, 3, 0, 3)),
            at(evaluation, PLATINUM_PERFORMANCE + "metrics")),
        () -> assertEquals(List.of(6000, 4000, 2000), figures(evaluation, PLATINUM_PERFORMANCE), "the first metric's figures"),
        () -> assertEquals(new JsonArray().add(exclusion("contoso", EXCHANGE, 4000, "MISSING_DATE")),
            at(evaluation, PLATINUM_PERFORMANCE + "excludedDeployments"), "no since date: not a new customer"),
        () -> assertEquals(List.of(3, 2, 1), figures(evaluation, PLATINUM_SKILL)),
        () -> assertEquals("Not met: 4,000 of 6,000 active entitlements, 2,000 short; 0 of 3 new customers in the last 12 months"
            + " in Developed markets, 3 short.", at(evaluation, PLATINUM_PERFORMANCE + "explanation.text")));
  }

  static Stream<Arguments> sinceDates() {
    return Stream.of(
        argumentSet("associated on asOf itself: counts", "2017-07-07", DELEGATED, 1, List.of()),
        argumentSet("associated on the first day of the 12-month window: counts", "2016-07-07", DELEGATED, 1, List.of()),
        argumentSet("associated the day before the window: OUTSIDE_WINDOW", "2016-07-06", DELEGATED, 0, List.of("OUTSIDE_WINDOW")),
        argumentSet("associated after asOf: OUTSIDE_WINDOW", "2017-07-08", DELEGATED, 0, List.of("OUTSIDE_WINDOW")),
        argumentSet("no since date: MISSING_DATE", null, DELEGATED, 0, List.of("MISSING_DATE")),
        argumentSet("within the window but without a qualifying association: not counted at all", "2017-01-01", UNASSOCIATED, 0,
            List.of("NO_QUALIFYING_ASSOCIATION")));
  }

  @ParameterizedTest
  @MethodSource("sinceDates")
  void newCustomersAreThoseFirstAssociatedInTheWindowBeforeAsOf(String since, List<String> associations, int newCustomers,
      List<String> reasons) {
    JsonObject evaluation = evaluation(server.client(), Partner.in(DEVELOPED)
        .customerSince("contoso", associations, since, deployment(EXCHANGE, 100))
        .input());

    assertEquals(metric("NEW_CUSTOMERS", false, 3, newCustomers, 3 - newCustomers), at(evaluation, PLATINUM_PERFORMANCE + "metrics.1"));
    JsonArray excluded = (JsonArray) at(evaluation, PLATINUM_PERFORMANCE + "excludedDeployments");
    assertEquals(reasons, excluded.stream().map(e -> ((JsonObject) e).getString("reason")).toList(), excluded::encode);
    int entitlements = associations.isEmpty() ? 0 : 100;
    assertEquals(entitlements, at(evaluation, PLATINUM_PERFORMANCE + "metrics.0.actual"),
        "a customer outside the window still counts toward active entitlements");
  }

  static Stream<Arguments> platinumPartners() {
    return Stream.of(
        argumentSet("developed markets: 3 new customers", DEVELOPED, 3),
        argumentSet("developing markets: 2 new customers", DEVELOPING, 2));
  }

  @ParameterizedTest
  @MethodSource("platinumPartners")
  void meetingEveryRequirementOfTheNewTierAchievesIt(String market, int newCustomers) {
    Partner partner = Partner.in(market)
        .individual("alice", EXAM_346, EXAM_347)
        .individual("bob", MCSA)
        .individual("carol", MCSA);
    for (int i = 0; i < newCustomers; i++) {
      partner.customerSince("customer-" + i, DELEGATED, "2017-0" + (i + 1) + "-15", deployment(EXCHANGE, 6000 / newCustomers));
    }

    JsonObject evaluation = evaluation(server.client(), partner.input());

    assertAll(
        () -> assertEquals("platinum", at(evaluation, "achievedTier.slug")),
        () -> assertEquals(null, at(evaluation, "nextTier"), "no tier above platinum"),
        () -> assertEquals(new JsonArray()
                .add(metric("ACTIVE_ENTITLEMENTS", true, 6000, 6000, 0))
                .add(metric("NEW_CUSTOMERS", true, newCustomers, newCustomers, 0)),
            at(evaluation, PLATINUM_PERFORMANCE + "metrics")),
        () -> assertEquals(List.of(3, 3, 0), figures(evaluation, PLATINUM_SKILL)),
        () -> assertEquals(List.of(true, true, true), List.of(at(evaluation, "tiers.0.met"), at(evaluation, "tiers.1.met"),
            at(evaluation, "tiers.2.met"))));
  }

  @Test
  void anEvaluationRecordsTheCatalogRevisionItRanAgainst() {
    assertEquals(revisionBefore + 1, revisionAfter, "adding the tier made one new revision");
    assertEquals(revisionBefore, beforeAdding.getInteger("catalogRevision"));
    assertEquals(List.of("silver", "gold"), tierSlugs(beforeAdding));
    assertEquals(revisionAfter, afterAdding.getInteger("catalogRevision"));
    assertEquals(List.of("silver", "gold", "platinum"), tierSlugs(afterAdding));
  }

  @Test
  void anEvaluationMadeBeforeTheTierWasAddedReadsBackWithTheTiersItWasJudgedBy() {
    assertEquals(beforeAdding, read(beforeAdding.getString("id")));
  }

  @Test
  void anEvaluationMadeBeforeATierWasRemovedReadsBackWithThatTier() {
    Map<String, Object> diamond = Map.of("competency", COMPETENCY, "option", OPTION, "slug", "diamond", "rank", 4,
        "name", texts("en-US", "Diamond"),
        "requirements", List.of(Map.of("skill", Map.of(
            "title", texts("en-US", "Your organization must have 10 individuals with the MCSA."),
            "individuals", 10,
            "paths", List.of(Map.of("choices", List.of(Map.of("anyOf", List.of(MCSA)))))))));
    Map<String, Object> diamondSlug = Map.of("competency", COMPETENCY, "option", OPTION, "slug", "diamond");
    applied(server.client(), Documents.ADD_TIER, diamond);
    JsonObject made;
    try {
      made = evaluation(server.client(), goldPartner(DEVELOPED).input());
      assertEquals(List.of("silver", "gold", "platinum", "diamond"), tierSlugs(made));
    } finally {
      applied(server.client(), Documents.REMOVE_TIER, diamondSlug);
    }

    JsonObject readBack = read(made.getString("id"));
    JsonObject madeNow = evaluation(server.client(), goldPartner(DEVELOPED).input());

    assertEquals(made, readBack);
    assertEquals(List.of("silver", "gold", "platinum"), tierSlugs(madeNow));
  }

  private static JsonObject read(String id) {
    Response response = server.client().query(Documents.EVALUATION).variables(Map.of("id", id)).bearer(INTEGRATOR_SECRET).post().assertWellFormed();
    assertTrue(response.errors().isEmpty(), response::toString);
    return (JsonObject) response.data("evaluation");
  }

  private static List<Object> tierSlugs(JsonObject evaluation) {
    return evaluation.getJsonArray("tiers").stream().map(t -> at(t, "tier.slug")).toList();
  }

  /** required, actual and shortfall of the requirement result at {@code path}. */
  private static List<Object> figures(JsonObject evaluation, String path) {
    return List.of(at(evaluation, path + "required"), at(evaluation, path + "actual"), at(evaluation, path + "shortfall"));
  }

  private static JsonObject metric(String metric, boolean met, int required, int actual, int shortfall) {
    return new JsonObject().put("metric", metric).put("met", met).put("required", required).put("actual", actual).put("shortfall", shortfall);
  }

  private static JsonObject exclusion(String customerId, String workload, int activeUsers, String reason) {
    return new JsonObject().put("customerId", customerId).put("workload", workload).put("activeUsers", activeUsers).put("reason", reason);
  }

  private static Object at(Object json, String path) {
    return Response.at(json, path);
  }
}
