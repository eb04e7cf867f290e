package io.competency.evaluatemutation;

import static io.competency.evaluatemutation.Integrator.evaluationOf;
import static io.competency.evaluatemutation.Partner.DELEGATED;
import static io.competency.evaluatemutation.Partner.DEVELOPED;
import static io.competency.evaluatemutation.Partner.EXCHANGE;
import static io.competency.evaluatemutation.Partner.MCSA;
import static io.competency.evaluatemutation.Partner.deployment;
import static io.competency.support.TestKeys.INTEGRATOR_SECRET;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.competency.support.Documents;
import io.competency.support.GraphqlClient.Response;
import io.competency.support.TestServer;
import io.vertx.core.json.JsonObject;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The embedded store keeps the latest {@code MAX_STORED_EVALUATIONS} evaluations and evicts the oldest,
 * so memory stays bounded however long the server runs: an evicted evaluation reads as null, like one
 * that never existed, and its {@code clientMutationId} makes a new evaluation.
 */
class EmbeddedStoreKeepsTheLatestEvaluationsTest {
  private TestServer server;

  @BeforeEach
  void start() {
    server = TestServer.start(Map.of("MAX_STORED_EVALUATIONS", "2"));
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private JsonObject evaluate(String clientMutationId) {
    return evaluationOf(Integrator.evaluate(server.client(), INTEGRATOR_SECRET, Partner.in(DEVELOPED)
        .with("clientMutationId", clientMutationId)
        .customer("contoso", DELEGATED, deployment(EXCHANGE, 2100))
        .individual("bob", MCSA)
        .input()));
  }

  private Object read(JsonObject evaluation) {
    Response response = server.client().query(Documents.EVALUATION).variables(Map.of("id", evaluation.getString("id"))).bearer(INTEGRATOR_SECRET).post();
    return response.data("evaluation");
  }

  @Test
  void theOldestEvaluationIsEvictedWhenTheLimitIsReached() {
    JsonObject first = evaluate("first");
    JsonObject second = evaluate("second");
    JsonObject third = evaluate("third");

    assertNull(read(first));
    assertEquals(second, read(second));
    assertEquals(third, read(third));
  }

  @Test
  void anEvictedEvaluationsClientMutationIdMakesANewEvaluation() {
    JsonObject first = evaluate("again");
    evaluate("second");
    evaluate("third");

    JsonObject again = evaluate("again");

    assertNotEquals(first.getString("id"), again.getString("id"));
    assertEquals(again, read(again));
  }

  @Test
  void aRetryOfAKeptEvaluationStillReturnsIt() {
    JsonObject first = evaluate("kept");
    evaluate("second");

    assertEquals(first.getString("id"), evaluate("kept").getString("id"));
  }
}
