package io.competency.evaluatemutation;

import static io.competency.evaluatemutation.Integrator.evaluate;
import static io.competency.evaluatemutation.Integrator.evaluationOf;
import static io.competency.evaluatemutation.Partner.DELEGATED;
import static io.competency.evaluatemutation.Partner.DEVELOPING;
import static io.competency.evaluatemutation.Partner.EXAM_346;
import static io.competency.evaluatemutation.Partner.EXAM_347;
import static io.competency.evaluatemutation.Partner.EXCHANGE;
import static io.competency.evaluatemutation.Partner.FAST_TRACK_PARTNER;
import static io.competency.evaluatemutation.Partner.MCSA;
import static io.competency.evaluatemutation.Partner.PROPLUS;
import static io.competency.evaluatemutation.Partner.SHAREPOINT;
import static io.competency.evaluatemutation.Partner.UNASSOCIATED;
import static io.competency.evaluatemutation.Partner.YAMMER;
import static io.competency.evaluatemutation.Partner.deployment;
import static io.competency.evaluatemutation.Partner.trial;
import static io.competency.support.TestKeys.INTEGRATOR_SECRET;
import static io.competency.support.TestKeys.OTHER_INTEGRATOR_SECRET;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.competency.support.Documents;
import io.competency.support.GraphqlClient.Operation;
import io.competency.support.GraphqlClient.Response;
import io.competency.support.ServerOnFreshDatabase;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Evaluations are kept in PostgreSQL: after the server that made one stops, another server on the same
 * database gives its owner the same evaluation, figure for figure and word for word, and still answers a
 * retry of it with the same evaluation.
 */
class StoredEvaluationSurvivesRestartTest {
  private static final Map<String, Object> INPUT = Partner.in(DEVELOPING)
      .with("reference", "before the restart")
      .with("clientMutationId", "restart-1")
      .customerSince("contoso", DELEGATED, "2017-03-01", deployment(EXCHANGE, 700), deployment(SHAREPOINT, 350), trial(PROPLUS, 90))
      .customer("fabrikam", List.of(FAST_TRACK_PARTNER), deployment(YAMMER, 25))
      .customer("northwind", UNASSOCIATED, deployment(EXCHANGE, 4000))
      .individual("alice", EXAM_346, EXAM_347)
      .individual("bob", MCSA)
      .individual("carol", EXAM_347)
      .input();

  @RegisterExtension
  static final ServerOnFreshDatabase server = new ServerOnFreshDatabase();
  private static JsonObject made;
  private static JsonObject readBefore;
  private static JsonObject readBeforeInRussian;

  @BeforeAll
  static void evaluateThenRestart() {
    made = evaluationOf(evaluate(server.client(), INTEGRATOR_SECRET, INPUT));
    readBefore = read(made.getString("id"), INTEGRATOR_SECRET, null);
    readBeforeInRussian = read(made.getString("id"), INTEGRATOR_SECRET, "ru");
    server.restart();
  }

  @Test
  void theOwnerReadsTheEvaluationBackIdentical() {
    JsonObject readAfter = read(made.getString("id"), INTEGRATOR_SECRET, null);

    assertEquals(made, readBefore, "read back before the restart");
    assertEquals(readBefore, readAfter);
    assertEquals("silver", Response.at(readAfter, "achievedTier.slug"), readAfter::encode);
  }

  @Test
  void theExplanationsReadBackIdenticalInAnotherLocale() {
    JsonObject readAfter = read(made.getString("id"), INTEGRATOR_SECRET, "ru");

    assertEquals("ru-RU", Response.at(readAfter, "tiers.0.requirements.0.explanation.locale"), readAfter::encode);
    assertEquals(readBeforeInRussian, readAfter);
  }

  @Test
  void aRetryAfterTheRestartGetsTheSameEvaluation() {
    JsonObject retried = evaluationOf(evaluate(server.client(), INTEGRATOR_SECRET, INPUT));

    assertEquals(made, retried);
    assertEquals(1L, server.db().count("SELECT count(*) FROM evaluation"));
  }

  @Test
  void anotherKeyStillReadsNull() {
    Response response = server.client().query(Documents.EVALUATION).variables(Map.of("id", made.getString("id"))).bearer(OTHER_INTEGRATOR_SECRET).post();

    assertTrue(response.errors().isEmpty(), response::toString);
    assertNull(response.data("evaluation"), response::toString);
  }

  private static JsonObject read(String id, String secret, String acceptLanguage) {
    Operation operation = server.client().query(Documents.EVALUATION).variables(Map.of("id", id)).bearer(secret);
    if (acceptLanguage != null) {
      operation.header("Accept-Language", acceptLanguage);
    }
    Response response = operation.post().assertWellFormed();
    assertTrue(response.errors().isEmpty(), response::toString);
    return (JsonObject) response.data("evaluation");
  }
}
