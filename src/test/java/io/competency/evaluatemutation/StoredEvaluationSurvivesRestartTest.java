package io.competency.evaluatemutation;

import static io.competency.evaluatemutation.EvaluationServer.ACME;
import static io.competency.evaluatemutation.EvaluationServer.GLOBEX;
import static io.competency.evaluatemutation.EvaluationServer.evaluateOn;
import static io.competency.evaluatemutation.EvaluationServer.evaluationOf;
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
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.competency.support.GraphqlClient.Operation;
import io.competency.support.GraphqlClient.Response;
import io.competency.support.TestDatabase;
import io.competency.support.TestServer;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

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

  private static TestDatabase database;
  /** The server after the restart. */
  private static TestServer server;
  private static JsonObject made;
  private static JsonObject readBefore;
  private static JsonObject readBeforeInRussian;

  @BeforeAll
  static void evaluateThenRestart() {
    database = TestDatabase.create();
    try (TestServer first = EvaluationServer.startOn(database, Map.of())) {
      made = evaluationOf(evaluateOn(first, ACME, INPUT));
      readBefore = read(first, made.getString("id"), ACME, null);
      readBeforeInRussian = read(first, made.getString("id"), ACME, "ru");
    }
    server = EvaluationServer.startOn(database, Map.of());
  }

  @AfterAll
  static void stop() {
    try {
      if (server != null) {
        server.close();
      }
    } finally {
      database.close();
    }
  }

  @Test
  void theOwnerReadsTheEvaluationBackIdentical() {
    JsonObject readAfter = read(server, made.getString("id"), ACME, null);

    assertEquals(made, readBefore, "read back before the restart");
    assertEquals(readBefore, readAfter);
    assertEquals("silver", Response.at(readAfter, "achievedTier.slug"), readAfter::encode);
  }

  @Test
  void theExplanationsReadBackIdenticalInAnotherLocale() {
    JsonObject readAfter = read(server, made.getString("id"), ACME, "ru");

    assertEquals("ru-RU", Response.at(readAfter, "tiers.0.requirements.0.explanation.locale"), readAfter::encode);
    assertEquals(readBeforeInRussian, readAfter);
  }

  @Test
  void aRetryAfterTheRestartGetsTheSameEvaluation() {
    JsonObject retried = evaluationOf(evaluateOn(server, ACME, INPUT));

    assertEquals(made, retried);
    assertEquals(1L, ((Number) database.value("SELECT count(*) FROM evaluation")).longValue());
  }

  @Test
  void anotherKeyStillReadsNull() {
    Response response = server.client().query(EvaluationServer.READ).variables(Map.of("id", made.getString("id"))).bearer(GLOBEX).post();

    assertTrue(response.errors().isEmpty(), response::toString);
    assertNull(response.data("evaluation"), response::toString);
  }

  private static JsonObject read(TestServer on, String id, String secret, String acceptLanguage) {
    Operation operation = on.client().query(EvaluationServer.READ).variables(Map.of("id", id)).bearer(secret);
    if (acceptLanguage != null) {
      operation.header("Accept-Language", acceptLanguage);
    }
    Response response = operation.post().assertWellFormed();
    assertTrue(response.errors().isEmpty(), response::toString);
    return (JsonObject) response.data("evaluation");
  }
}
