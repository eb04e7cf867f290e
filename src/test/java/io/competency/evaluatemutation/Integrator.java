package io.competency.evaluatemutation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.competency.support.Documents;
import io.competency.support.GraphqlClient.Response;
import io.competency.support.GraphqlClient;
import io.competency.support.TestDatabase;
import io.competency.support.TestKeys;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.Map;

/** What an integrator does in the evaluate tests: send {@code evaluate} ({@link Documents#EVALUATE}) and read the verdict. */
final class Integrator {
  private Integrator() {
  }

  /** {@code evaluate} with the {@code Verdict} selection, sent with the key {@code secret} (none when null). */
  static Response evaluate(GraphqlClient client, String secret, Map<String, ?> input) {
    GraphqlClient.Operation operation = client.query(Documents.EVALUATE).variables(Map.of("input", input));
    if (secret != null) {
      operation.bearer(secret);
    }
    return operation.post().assertWellFormed();
  }

  /** {@code evaluate} as the integrator of {@link TestKeys}, expected to succeed: the evaluation. */
  static JsonObject evaluation(GraphqlClient client, Map<String, ?> input) {
    return evaluationOf(evaluate(client, TestKeys.INTEGRATOR_SECRET, input));
  }

  /** The evaluation of a successful {@code evaluate} response; fails the test on any error. */
  static JsonObject evaluationOf(Response response) {
    assertEquals(200, response.status(), response::toString);
    assertTrue(response.errors().isEmpty(), response::toString);
    assertEquals(new JsonArray(), response.data("evaluate.userErrors"), response::toString);
    Object evaluation = response.data("evaluate.evaluation");
    assertTrue(evaluation instanceof JsonObject, response::toString);
    return (JsonObject) evaluation;
  }

  /** Rows in the evaluation table. */
  static long storedEvaluations(TestDatabase db) {
    return db.count("SELECT count(*) FROM evaluation");
  }
}
