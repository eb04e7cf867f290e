package io.competency.evaluatemutation;

import static io.competency.evaluatemutation.Integrator.evaluation;
import static io.competency.evaluatemutation.Partner.DELEGATED;
import static io.competency.evaluatemutation.Partner.DELEGATED_ADMIN;
import static io.competency.evaluatemutation.Partner.DEVELOPED;
import static io.competency.evaluatemutation.Partner.DEVELOPING;
import static io.competency.evaluatemutation.Partner.DIGITAL_PARTNER_OF_RECORD;
import static io.competency.evaluatemutation.Partner.EXAM_346;
import static io.competency.evaluatemutation.Partner.EXAM_347;
import static io.competency.evaluatemutation.Partner.EXCHANGE;
import static io.competency.evaluatemutation.Partner.FAST_TRACK_PARTNER;
import static io.competency.evaluatemutation.Partner.MCSA;
import static io.competency.evaluatemutation.Partner.PROPLUS;
import static io.competency.evaluatemutation.Partner.SHAREPOINT;
import static io.competency.evaluatemutation.Partner.SKYPE;
import static io.competency.evaluatemutation.Partner.TRANSACTING_PARTNER;
import static io.competency.evaluatemutation.Partner.UNASSOCIATED;
import static io.competency.evaluatemutation.Partner.YAMMER;
import static io.competency.evaluatemutation.Partner.deployment;
import static io.competency.evaluatemutation.Partner.trial;
import static io.competency.maintenance.Maintenance.applied;
import static io.competency.maintenance.Maintenance.texts;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

import io.competency.support.Documents;
import io.competency.support.GraphqlClient.Response;
import io.competency.support.ServerOnFreshDatabase;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every rule of the Cloud Productivity page, one row each, decides the verdict of {@code evaluate} over
 * HTTP: the achieved and next tier, and the figures of each requirement (required, actual, shortfall,
 * excluded deployments with their reason, qualified individuals with their path). Each row is a small
 * partner built to sit on one side of one rule.
 */
class EvaluateRulesTest {
  /** A workload the catalog knows but no requirement of the page makes eligible. */
  private static final String DYNAMICS = "DYNAMICS";

  private static final String SILVER_PERFORMANCE = "tiers.0.requirements.0.";
  private static final String SILVER_SKILL = "tiers.0.requirements.1.";
  private static final String GOLD_PERFORMANCE = "tiers.1.requirements.0.";
  private static final String GOLD_SKILL = "tiers.1.requirements.1.";

  @RegisterExtension
  static final ServerOnFreshDatabase server = new ServerOnFreshDatabase();

  @BeforeAll
  static void start() {
    applied(server.client(), Documents.ADD_WORKLOAD, Map.of("code", DYNAMICS, "name", texts("en-US", "Dynamics 365")));
  }

  static Stream<Arguments> rules() {
    return Stream.of(
        // Silver performance thresholds per market (the page: 2,000 developed, 1,000 developing).
        argumentSet("developed markets: 2,000 active entitlements meet silver",
            certified(DEVELOPED).customer("contoso", DELEGATED, deployment(EXCHANGE, 2000)), "silver", "gold",
            figures(SILVER_PERFORMANCE + "met", true, SILVER_PERFORMANCE + "required", 2000, SILVER_PERFORMANCE + "actual", 2000,
                SILVER_PERFORMANCE + "shortfall", 0, GOLD_PERFORMANCE + "required", 4000, GOLD_PERFORMANCE + "shortfall", 2000)),
        argumentSet("developed markets: 1,999 active entitlements are one short of silver",
            certified(DEVELOPED).customer("contoso", DELEGATED, deployment(EXCHANGE, 1999)), null, "silver",
            figures(SILVER_PERFORMANCE + "met", false, SILVER_PERFORMANCE + "required", 2000, SILVER_PERFORMANCE + "actual", 1999,
                SILVER_PERFORMANCE + "shortfall", 1, "tiers.0.met", false)),
        argumentSet("developing markets: 1,000 active entitlements meet silver",
            certified(DEVELOPING).customer("contoso", DELEGATED, deployment(EXCHANGE, 1000)), "silver", "gold",
            figures(SILVER_PERFORMANCE + "met", true, SILVER_PERFORMANCE + "required", 1000, SILVER_PERFORMANCE + "shortfall", 0,
                GOLD_PERFORMANCE + "required", 4000, GOLD_PERFORMANCE + "shortfall", 3000)),
        argumentSet("developing markets: 999 active entitlements are one short of silver",
            certified(DEVELOPING).customer("contoso", DELEGATED, deployment(EXCHANGE, 999)), null, "silver",
            figures(SILVER_PERFORMANCE + "met", false, SILVER_PERFORMANCE + "required", 1000, SILVER_PERFORMANCE + "shortfall", 1)),
        // Gold: 4,000 in every market.
        argumentSet("developed markets: 3,999 active entitlements with two qualified individuals stay silver",
            twoCertified(DEVELOPED).customer("contoso", DELEGATED, deployment(EXCHANGE, 3999)), "silver", "gold",
            figures(GOLD_PERFORMANCE + "met", false, GOLD_PERFORMANCE + "required", 4000, GOLD_PERFORMANCE + "actual", 3999,
                GOLD_PERFORMANCE + "shortfall", 1, GOLD_SKILL + "met", true, "tiers.1.met", false)),
        argumentSet("developed markets: 4,000 active entitlements with two qualified individuals reach gold",
            twoCertified(DEVELOPED).customer("contoso", DELEGATED, deployment(EXCHANGE, 4000)), "gold", null,
            figures(GOLD_PERFORMANCE + "met", true, GOLD_PERFORMANCE + "required", 4000, GOLD_PERFORMANCE + "shortfall", 0,
                "tiers.0.met", true, "tiers.1.met", true)),
        argumentSet("developing markets: gold also needs 4,000, so 3,999 stay silver",
            twoCertified(DEVELOPING).customer("contoso", DELEGATED, deployment(EXCHANGE, 3999)), "silver", "gold",
            figures(SILVER_PERFORMANCE + "required", 1000, GOLD_PERFORMANCE + "required", 4000, GOLD_PERFORMANCE + "shortfall", 1)),
        argumentSet("developing markets: 4,000 active entitlements with two qualified individuals reach gold",
            twoCertified(DEVELOPING).customer("contoso", DELEGATED, deployment(EXCHANGE, 4000)), "gold", null,
            figures(GOLD_PERFORMANCE + "required", 4000, GOLD_PERFORMANCE + "actual", 4000, GOLD_PERFORMANCE + "met", true)),
        // Which deployments count.
        argumentSet("every workload the page names counts: Exchange, SharePoint, Skype for Business, Yammer, ProPlus",
            certified(DEVELOPED).customer("contoso", DELEGATED, deployment(EXCHANGE, 400), deployment(SHAREPOINT, 400),
                deployment(SKYPE, 400), deployment(YAMMER, 400), deployment(PROPLUS, 400)), "silver", "gold",
            figures(SILVER_PERFORMANCE + "actual", 2000, SILVER_PERFORMANCE + "excludedDeployments", new JsonArray())),
        argumentSet("a user active on two workloads counts twice (entitlements are per workload)",
            certified(DEVELOPED).customer("contoso", DELEGATED, deployment(EXCHANGE, 1000), deployment(SHAREPOINT, 1000)), "silver", "gold",
            figures(SILVER_PERFORMANCE + "actual", 2000, GOLD_PERFORMANCE + "actual", 2000)),
        argumentSet("trial SKUs are not included (TRIAL)",
            certified(DEVELOPED).customer("contoso", DELEGATED, deployment(EXCHANGE, 1800), trial(SHAREPOINT, 500)), null, "silver",
            figures(SILVER_PERFORMANCE + "actual", 1800, SILVER_PERFORMANCE + "shortfall", 200,
                SILVER_PERFORMANCE + "excludedDeployments", excluded("contoso", SHAREPOINT, 500, "TRIAL"),
                GOLD_PERFORMANCE + "excludedDeployments", excluded("contoso", SHAREPOINT, 500, "TRIAL"))),
        argumentSet("a workload the page does not name does not count (INELIGIBLE_WORKLOAD)",
            certified(DEVELOPED).customer("contoso", DELEGATED, deployment(EXCHANGE, 1800), deployment(DYNAMICS, 500)), null, "silver",
            figures(SILVER_PERFORMANCE + "actual", 1800,
                SILVER_PERFORMANCE + "excludedDeployments", excluded("contoso", DYNAMICS, 500, "INELIGIBLE_WORKLOAD"))),
        argumentSet("a customer without a qualifying association does not count (NO_QUALIFYING_ASSOCIATION)",
            certified(DEVELOPED)
                .customer("contoso", DELEGATED, deployment(EXCHANGE, 1800))
                .customer("fabrikam", UNASSOCIATED, deployment(EXCHANGE, 500)), null, "silver",
            figures(SILVER_PERFORMANCE + "actual", 1800,
                SILVER_PERFORMANCE + "excludedDeployments", excluded("fabrikam", EXCHANGE, 500, "NO_QUALIFYING_ASSOCIATION"))),
        argumentSet("an excluded deployment gets the first reason that applies: workload, then trial, then association",
            certified(DEVELOPED)
                .customer("contoso", DELEGATED, deployment(EXCHANGE, 2000))
                .customer("fabrikam", UNASSOCIATED, trial(DYNAMICS, 10), trial(EXCHANGE, 20), deployment(SHAREPOINT, 30)), "silver", "gold",
            figures(SILVER_PERFORMANCE + "actual", 2000,
                SILVER_PERFORMANCE + "excludedDeployments", new JsonArray()
                    .add(exclusion("fabrikam", DYNAMICS, 10, "INELIGIBLE_WORKLOAD"))
                    .add(exclusion("fabrikam", EXCHANGE, 20, "TRIAL"))
                    .add(exclusion("fabrikam", SHAREPOINT, 30, "NO_QUALIFYING_ASSOCIATION")))),
        argumentSet("Fast Track Partner is a qualifying association (the English page lists it)",
            certified(DEVELOPED).customer("contoso", List.of(FAST_TRACK_PARTNER), deployment(EXCHANGE, 2000)), "silver", "gold",
            figures(SILVER_PERFORMANCE + "actual", 2000, SILVER_PERFORMANCE + "excludedDeployments", new JsonArray())),
        argumentSet("each association the page names qualifies: Delegated Administrator, Transacting Partner, Digital Partner of Record",
            certified(DEVELOPED)
                .customer("contoso", List.of(DELEGATED_ADMIN), deployment(EXCHANGE, 700))
                .customer("fabrikam", List.of(TRANSACTING_PARTNER), deployment(EXCHANGE, 700))
                .customer("northwind", List.of(DIGITAL_PARTNER_OF_RECORD), deployment(EXCHANGE, 600)), "silver", "gold",
            figures(SILVER_PERFORMANCE + "actual", 2000, SILVER_PERFORMANCE + "excludedDeployments", new JsonArray())),
        // Who qualifies.
        argumentSet("passing 70-346 and 70-347 qualifies by the exam path (path 0)",
            Partner.in(DEVELOPED).customer("contoso", DELEGATED, deployment(EXCHANGE, 2000)).individual("alice", EXAM_346, EXAM_347),
            "silver", "gold",
            figures(SILVER_SKILL + "met", true, SILVER_SKILL + "actual", 1, SILVER_SKILL + "required", 1,
                SILVER_SKILL + "qualifiedIndividuals", qualified("alice", 0))),
        argumentSet("the MCSA: Office 365 qualifies by the certification path (path 1)",
            Partner.in(DEVELOPED).customer("contoso", DELEGATED, deployment(EXCHANGE, 2000)).individual("bob", MCSA),
            "silver", "gold",
            figures(SILVER_SKILL + "met", true, SILVER_SKILL + "qualifiedIndividuals", qualified("bob", 1))),
        argumentSet("passing only 70-346 does not qualify",
            Partner.in(DEVELOPED).customer("contoso", DELEGATED, deployment(EXCHANGE, 4000)).individual("carol", EXAM_346),
            null, "silver",
            figures(SILVER_PERFORMANCE + "met", true, SILVER_SKILL + "met", false, SILVER_SKILL + "actual", 0,
                SILVER_SKILL + "shortfall", 1, SILVER_SKILL + "qualifiedIndividuals", new JsonArray(),
                GOLD_SKILL + "required", 2, GOLD_SKILL + "shortfall", 2)),
        argumentSet("one individual by the exams and one by the MCSA together meet gold's 2",
            Partner.in(DEVELOPED).customer("contoso", DELEGATED, deployment(EXCHANGE, 4000))
                .individual("alice", EXAM_346, EXAM_347).individual("bob", MCSA),
            "gold", null,
            figures(GOLD_SKILL + "met", true, GOLD_SKILL + "actual", 2, GOLD_SKILL + "required", 2,
                GOLD_SKILL + "qualifiedIndividuals", qualified("alice", 0).add(qualifiedIndividual("bob", 1)))),
        argumentSet("an individual holding both paths counts once, by the first path",
            Partner.in(DEVELOPED).customer("contoso", DELEGATED, deployment(EXCHANGE, 4000)).individual("dana", EXAM_346, EXAM_347, MCSA),
            "silver", "gold",
            figures(GOLD_SKILL + "met", false, GOLD_SKILL + "actual", 1, GOLD_SKILL + "shortfall", 1,
                GOLD_SKILL + "qualifiedIndividuals", qualified("dana", 0))),
        // Tiers.
        argumentSet("nothing deployed and nobody qualified: no tier, silver next, every shortfall in full",
            Partner.in(DEVELOPED), null, "silver",
            figures(SILVER_PERFORMANCE + "shortfall", 2000, SILVER_SKILL + "shortfall", 1, GOLD_PERFORMANCE + "shortfall", 4000,
                GOLD_SKILL + "shortfall", 2, "tiers.0.met", false, "tiers.1.met", false)));
  }

  @ParameterizedTest
  @MethodSource("rules")
  void eachRuleOfThePageDecidesTheVerdictAndItsFigures(Partner partner, String achieved, String next, Map<String, Object> figures) {
    JsonObject evaluation = evaluation(server.client(), partner.input());

    assertAll(Stream.concat(
        Stream.<Executable>of(
            () -> assertEquals(List.of("silver", "gold"), List.of(at(evaluation, "tiers.0.tier.slug"), at(evaluation, "tiers.1.tier.slug"))),
            () -> assertEquals(achieved, at(evaluation, "achievedTier.slug"), "achievedTier"),
            () -> assertEquals(next, at(evaluation, "nextTier.slug"), "nextTier")),
        figures.entrySet().stream().map(f -> () -> assertEquals(f.getValue(), at(evaluation, f.getKey()),
            () -> f.getKey() + " in " + evaluation.encodePrettily()))));
  }

  /** A partner whose one individual holds the MCSA: silver's skill requirement is met. */
  private static Partner certified(String market) {
    return Partner.in(market).individual("bob", MCSA);
  }

  /** A partner with two MCSA holders: gold's skill requirement is met. */
  private static Partner twoCertified(String market) {
    return Partner.in(market).individual("bob", MCSA).individual("erin", MCSA);
  }

  /** Expected figures: dotted paths into the evaluation and their values. */
  private static Map<String, Object> figures(Object... pathsAndValues) {
    Map<String, Object> out = new LinkedHashMap<>();
    for (int i = 0; i < pathsAndValues.length; i += 2) {
      out.put((String) pathsAndValues[i], pathsAndValues[i + 1]);
    }
    return out;
  }

  private static JsonArray excluded(String customerId, String workload, int activeUsers, String reason) {
    return new JsonArray().add(exclusion(customerId, workload, activeUsers, reason));
  }

  private static JsonObject exclusion(String customerId, String workload, int activeUsers, String reason) {
    return new JsonObject().put("customerId", customerId).put("workload", workload).put("activeUsers", activeUsers).put("reason", reason);
  }

  private static JsonArray qualified(String id, int path) {
    return new JsonArray().add(qualifiedIndividual(id, path));
  }

  private static JsonObject qualifiedIndividual(String id, int path) {
    return new JsonObject().put("id", id).put("path", path);
  }

  private static Object at(JsonObject evaluation, String path) {
    return Response.at(evaluation, path);
  }
}
