package io.competency.evaluatemutation;

import static io.competency.evaluatemutation.Integrator.evaluate;
import static io.competency.evaluatemutation.Integrator.evaluation;
import static io.competency.evaluatemutation.Integrator.evaluationOf;
import static io.competency.evaluatemutation.Integrator.storedEvaluations;
import static io.competency.evaluatemutation.Partner.DELEGATED;
import static io.competency.evaluatemutation.Partner.DEVELOPED;
import static io.competency.evaluatemutation.Partner.EXCHANGE;
import static io.competency.evaluatemutation.Partner.MCSA;
import static io.competency.evaluatemutation.Partner.SHAREPOINT;
import static io.competency.evaluatemutation.Partner.deployment;
import static io.competency.support.TestKeys.INTEGRATOR_SECRET;
import static io.competency.support.TestKeys.OTHER_INTEGRATOR_SECRET;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.competency.support.Documents;
import io.competency.support.GraphqlClient.Response;
import io.competency.support.ServerOnFreshDatabase;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A {@code clientMutationId} makes {@code evaluate} safe to retry: the same key sending it again with
 * the same input gets the first evaluation back and nothing new is stored; with a different input it
 * gets {@code IDEMPOTENCY_CONFLICT}. Each key has its own ids. Retries sent at the same moment are
 * no different.
 */
class IdempotentRetryTest {
  private static final JsonArray CONFLICT = new JsonArray().add(new JsonObject()
      .put("code", "IDEMPOTENCY_CONFLICT").put("field", new JsonArray().add("input").add("clientMutationId")));

  @RegisterExtension
  static final ServerOnFreshDatabase server = new ServerOnFreshDatabase();

  private static Partner partner(int activeUsers, String clientMutationId) {
    return Partner.in(DEVELOPED)
        .with("clientMutationId", clientMutationId)
        .customer("contoso", DELEGATED, deployment(EXCHANGE, activeUsers), deployment(SHAREPOINT, 100))
        .individual("bob", MCSA);
  }

  @Test
  void aRetryWithTheSameInputReturnsTheFirstEvaluationAndStoresNothingNew() {
    Response first = evaluate(server.client(), INTEGRATOR_SECRET, partner(2100, "retry-same").input());
    Response retry = evaluate(server.client(), INTEGRATOR_SECRET, partner(2100, "retry-same").input());

    assertEquals(evaluationOf(first), evaluationOf(retry));
    assertEquals("retry-same", retry.data("evaluate.clientMutationId"));
    assertEquals(1L, rowsWith("acme", "retry-same"));
  }

  @Test
  void theSameInputWithItsFieldsInAnotherOrderIsTheSameInput() {
    Map<String, Object> input = partner(2100, "retry-reordered").input();
    Map<String, Object> reordered = new LinkedHashMap<>();
    List<String> keys = new ArrayList<>(input.keySet());
    Collections.reverse(keys);
    keys.forEach(k -> reordered.put(k, input.get(k)));

    JsonObject first = evaluation(server.client(), input);
    JsonObject retry = evaluation(server.client(), reordered);

    assertEquals(first.getString("id"), retry.getString("id"));
    assertEquals(1L, rowsWith("acme", "retry-reordered"));
  }

  @Test
  void sendingTheDefaultOfAnOmittedFieldIsTheSameInput() {
    Map<String, Object> omitted = Partner.in(DEVELOPED).with("clientMutationId", "retry-default")
        .customer("contoso", DELEGATED, Map.of("workload", EXCHANGE, "activeUsers", 2100)).individual("bob", MCSA).input();
    Map<String, Object> explicit = Partner.in(DEVELOPED).with("clientMutationId", "retry-default")
        .customer("contoso", DELEGATED, Map.of("workload", EXCHANGE, "activeUsers", 2100, "trial", false)).individual("bob", MCSA).input();

    JsonObject first = evaluation(server.client(), omitted);
    JsonObject retry = evaluation(server.client(), explicit);

    assertEquals(first.getString("id"), retry.getString("id"));
    assertEquals(1L, rowsWith("acme", "retry-default"));
  }

  @Test
  void aReusedClientMutationIdWithADifferentInputIsAConflictAndNothingIsStored() {
    JsonObject first = evaluation(server.client(), partner(2100, "retry-conflict").input());
    long stored = storedEvaluations(server.db());

    Response different = evaluate(server.client(), INTEGRATOR_SECRET, partner(2200, "retry-conflict").input());

    assertTrue(different.errors().isEmpty(), different::toString);
    assertNull(different.data("evaluate.evaluation"), different::toString);
    assertEquals(CONFLICT, codesAndFields(different.dataList("evaluate.userErrors")), different::toString);
    assertEquals("retry-conflict", different.data("evaluate.clientMutationId"));
    assertEquals(stored, storedEvaluations(server.db()), "an evaluation was stored");
    assertEquals(first, evaluation(server.client(), partner(2100, "retry-conflict").input()), "the first input still gets the first evaluation");
  }

  @Test
  void aReusedClientMutationIdWithInputThatDoesNotReadIsStillAConflict() {
    evaluation(server.client(), partner(2100, "retry-bad-conflict").input());
    long stored = storedEvaluations(server.db());

    Response bad = evaluate(server.client(), INTEGRATOR_SECRET, partner(2100, "retry-bad-conflict").with("market", "EMERGING").input());

    assertNull(bad.data("evaluate.evaluation"), bad::toString);
    assertEquals(CONFLICT, codesAndFields(bad.dataList("evaluate.userErrors")), bad::toString);
    assertEquals(stored, storedEvaluations(server.db()), "an evaluation was stored");
  }

  @Test
  void aClientMutationIdFirstSentWithBadInputIsStillFree() {
    Response refused = evaluate(server.client(), INTEGRATOR_SECRET, partner(2100, "retry-after-fix").with("market", "EMERGING").input());
    assertNull(refused.data("evaluate.evaluation"), refused::toString);

    JsonObject fixed = evaluation(server.client(), partner(2100, "retry-after-fix").input());

    assertEquals("silver", Response.at(fixed, "achievedTier.slug"));
    assertEquals(1L, rowsWith("acme", "retry-after-fix"));
  }

  @Test
  void anotherKeyWithTheSameClientMutationIdGetsAnEvaluationOfItsOwn() {
    JsonObject acmes = evaluation(server.client(), partner(2100, "retry-shared").input());
    Response globexResponse = evaluate(server.client(), OTHER_INTEGRATOR_SECRET, partner(2100, "retry-shared").input());
    JsonObject globexs = evaluationOf(globexResponse);

    assertNotEquals(acmes.getString("id"), globexs.getString("id"));
    assertEquals(1L, rowsWith("acme", "retry-shared"));
    assertEquals(1L, rowsWith("globex", "retry-shared"));
    Response crossRead = server.client().query(Documents.EVALUATION).variables(Map.of("id", acmes.getString("id"))).bearer(OTHER_INTEGRATOR_SECRET).post();
    assertNull(crossRead.data("evaluation"), crossRead::toString);
  }

  @Test
  void identicalRetriesSentAtTheSameMomentStoreOneEvaluation() throws Exception {
    List<Response> responses = atOnce(8, i -> partner(2100, "retry-concurrent").input());

    List<String> ids = responses.stream().map(r -> evaluationOf(r).getString("id")).distinct().toList();
    assertEquals(1, ids.size(), ids::toString);
    assertEquals(1L, rowsWith("acme", "retry-concurrent"));
  }

  @Test
  void differentInputsSentAtTheSameMomentWithOneClientMutationIdGetOneEvaluationAndConflicts() throws Exception {
    int requests = 8;
    List<Response> responses = atOnce(requests, i -> partner(2100 + i, "retry-concurrent-conflict").input());

    List<Response> evaluated = responses.stream().filter(r -> r.data("evaluate.evaluation") != null).toList();
    List<Response> conflicts = responses.stream()
        .filter(r -> CONFLICT.equals(codesAndFields(r.dataList("evaluate.userErrors"))) && r.data("evaluate.evaluation") == null)
        .toList();
    assertEquals(1, evaluated.size(), () -> "each sent different activeUsers, yet " + evaluated.size()
        + " got an evaluation, all with silver's actual " + evaluated.stream().map(r -> r.data("evaluate.evaluation.tiers.0.requirements.0.actual")).toList());
    assertEquals(requests - 1, conflicts.size(), responses::toString);
    assertEquals(1L, rowsWith("acme", "retry-concurrent-conflict"));
  }

  /** Sends {@code count} evaluate requests as acme, released together, and waits for all responses. */
  private static List<Response> atOnce(int count, IntFunction<Map<String, Object>> input) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(count);
    try {
      CountDownLatch go = new CountDownLatch(1);
      List<Future<Response>> futures = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        Map<String, Object> body = input.apply(i);
        futures.add(pool.submit(() -> {
          go.await();
          return evaluate(server.client(), INTEGRATOR_SECRET, body);
        }));
      }
      go.countDown();
      List<Response> responses = new ArrayList<>();
      for (Future<Response> f : futures) {
        responses.add(f.get());
      }
      return responses;
    } finally {
      pool.shutdownNow();
    }
  }

  private static long rowsWith(String owner, String clientMutationId) {
    return ((Number) server.db().value("SELECT count(*) FROM evaluation WHERE owner = $1 AND client_mutation_id = $2",
        owner, clientMutationId)).longValue();
  }

  private static JsonArray codesAndFields(JsonArray userErrors) {
    JsonArray out = new JsonArray();
    for (Object e : userErrors) {
      JsonObject error = (JsonObject) e;
      out.add(new JsonObject().put("code", error.getString("code")).put("field", error.getJsonArray("field")));
    }
    return out;
  }
}
