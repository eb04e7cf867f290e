package io.competency.partnermutation;

import static io.competency.partnermutation.Partner.customer;
import static io.competency.partnermutation.PartnerServer.ACME;
import static io.competency.partnermutation.PartnerServer.GLOBEX;
import static io.competency.partnermutation.PartnerServer.codesAndFields;
import static io.competency.partnermutation.PartnerServer.evaluationsOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.competency.support.GraphqlClient.Response;
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
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A {@code clientMutationId} makes {@code evaluatePartner} safe to retry, as it does {@code evaluate}:
 * sent again with the same input, the same evaluations come back (same ids, same order, same plans)
 * and nothing new is stored; with another input, {@code IDEMPOTENCY_CONFLICT} and nothing stored. One
 * key names one request of its owner, whichever mutation used it first. Retries racing their original
 * store one set. In both storage modes; row counts are checked where there are rows (PostgreSQL).
 */
class RetriesOfEvaluatePartnerAreIdempotentTest {
  @RegisterExtension
  static final BothStorages servers = new BothStorages();

  private static final List<Object> CONFLICT = List.of("IDEMPOTENCY_CONFLICT", List.of("input", "clientMutationId"));

  private static Partner partner(int activeUsers, String key) {
    return Partner.in(Partner.DEVELOPED)
        .customer(customer("contoso", "DELEGATED_ADMIN").deployment("EXCHANGE_ONLINE", activeUsers))
        .individual("bob", "70-346")
        .with("clientMutationId", key);
  }

  @ParameterizedTest
  @EnumSource(Storage.class)
  void aRetryWithTheSameInputReturnsTheSameEvaluationsAndStoresNothingNew(Storage storage) {
    PartnerServer server = servers.in(storage);
    Response first = server.evaluatePartner(ACME, partner(2100, "same-" + storage).input());
    long stored = stored(server);
    Response retry = server.evaluatePartner(ACME, partner(2100, "same-" + storage).input());

    assertEquals(evaluationsOf(first), evaluationsOf(retry));
    assertEquals("same-" + storage, retry.data("evaluatePartner.clientMutationId"));
    assertEquals(stored, stored(server));
    assertSets(server, "same-" + storage, 1);
  }

  @ParameterizedTest
  @EnumSource(Storage.class)
  void theSameInputWithItsFieldsInAnotherOrderIsTheSameInput(Storage storage) {
    PartnerServer server = servers.in(storage);
    Map<String, Object> input = partner(2100, "reordered-" + storage).with("competencies", List.of("cloud-productivity", "devops")).input();
    Map<String, Object> reordered = new LinkedHashMap<>();
    List<String> keys = new ArrayList<>(input.keySet());
    Collections.reverse(keys);
    keys.forEach(k -> reordered.put(k, input.get(k)));

    assertEquals(ids(server.evaluations(input)), ids(server.evaluations(reordered)));
  }

  @ParameterizedTest
  @EnumSource(Storage.class)
  void aReusedKeyWithADifferentInputIsAConflictAndNothingIsStored(Storage storage) {
    PartnerServer server = servers.in(storage);
    JsonArray first = server.evaluations(partner(2100, "conflict-" + storage).input());
    long stored = stored(server);

    Response different = server.evaluatePartner(ACME, partner(2200, "conflict-" + storage).input());

    assertTrue(different.errors().isEmpty(), different::toString);
    assertEquals(new JsonArray(), different.data("evaluatePartner.evaluations"), different::toString);
    assertEquals(List.of(CONFLICT), codesAndFields(different), different::toString);
    assertEquals("conflict-" + storage, different.data("evaluatePartner.clientMutationId"));
    assertEquals(stored, stored(server), "nothing was stored");
    assertEquals(first, server.evaluations(partner(2100, "conflict-" + storage).input()), "the first input still gets the first evaluations");
  }

  @ParameterizedTest
  @EnumSource(Storage.class)
  void aKeyUsedForEvaluateIsTakenForEvaluatePartnerAndTheOtherWayRound(Storage storage) {
    PartnerServer server = servers.in(storage);
    server.evaluation(partner(2100, "single-" + storage).inputFor("cloud-productivity", "managed-service-partner"));
    server.evaluations(partner(2100, "wide-" + storage).input());
    long stored = stored(server);

    Response wide = server.evaluatePartner(ACME, partner(2100, "single-" + storage).input());
    Response single = server.evaluate(ACME, partner(2100, "wide-" + storage).inputFor("cloud-productivity", "managed-service-partner"));

    assertEquals(List.of(CONFLICT), codesAndFields(wide), wide::toString);
    assertNull(single.data("evaluate.evaluation"), single::toString);
    assertEquals(CONFLICT.get(0), single.dataList("evaluate.userErrors").getJsonObject(0).getString("code"), single::toString);
    assertEquals(stored, stored(server), "nothing was stored");
  }

  @ParameterizedTest
  @EnumSource(Storage.class)
  void aKeyFirstSentWithBadInputIsStillFree(Storage storage) {
    PartnerServer server = servers.in(storage);
    Response refused = server.evaluatePartner(ACME, partner(2100, "after-fix-" + storage).with("market", "EMERGING").input());
    assertEquals(List.of(List.of("UNKNOWN_MARKET", List.of("input", "market"))), codesAndFields(refused), refused::toString);

    JsonArray fixed = server.evaluations(partner(2100, "after-fix-" + storage).input());

    assertTrue(fixed.size() > 1);
    assertSets(server, "after-fix-" + storage, 1);
  }

  @ParameterizedTest
  @EnumSource(Storage.class)
  void anotherKeyWithTheSameClientMutationIdGetsEvaluationsOfItsOwn(Storage storage) {
    PartnerServer server = servers.in(storage);
    JsonArray acmes = server.evaluations(partner(2100, "shared-" + storage).input());
    JsonArray globexes = evaluationsOf(server.evaluatePartner(GLOBEX, partner(2100, "shared-" + storage).input()));

    assertEquals(acmes.size(), globexes.size());
    assertTrue(Collections.disjoint(ids(acmes), ids(globexes)), "each owner has evaluations of its own");
    assertNull(server.read(GLOBEX, acmes.getJsonObject(0).getString("id")));
  }

  @ParameterizedTest
  @EnumSource(Storage.class)
  void identicalRetriesSentAtTheSameMomentStoreOneSet(Storage storage) throws Exception {
    PartnerServer server = servers.in(storage);
    long stored = stored(server);
    List<Response> responses = atOnce(server, 6, i -> partner(2100, "concurrent-" + storage).input());

    List<List<String>> answers = responses.stream().map(r -> ids(evaluationsOf(r))).distinct().toList();
    assertEquals(1, answers.size(), answers::toString);
    assertSets(server, "concurrent-" + storage, 1);
    if (storage == Storage.POSTGRESQL) {
      assertEquals(stored + answers.get(0).size(), stored(server), "one evaluation per option, once");
    }
  }

  @ParameterizedTest
  @EnumSource(Storage.class)
  void differentInputsSentAtTheSameMomentWithOneKeyGetOneSetAndConflicts(Storage storage) throws Exception {
    PartnerServer server = servers.in(storage);
    int requests = 6;
    List<Response> responses = atOnce(server, requests, i -> partner(2100 + i, "concurrent-conflict-" + storage).input());

    long evaluated = responses.stream().filter(r -> !r.dataList("evaluatePartner.evaluations").isEmpty()).count();
    long conflicts = responses.stream().filter(r -> codesAndFields(r).equals(List.of(CONFLICT))).count();
    assertEquals(1, evaluated, responses::toString);
    assertEquals(requests - 1, conflicts, responses::toString);
    assertSets(server, "concurrent-conflict-" + storage, 1);
  }

  @ParameterizedTest
  @EnumSource(Storage.class)
  void anEvaluateAndAnEvaluatePartnerSentAtTheSameMomentWithOneKeyGetOneAnswerAndConflicts(Storage storage) throws Exception {
    PartnerServer server = servers.in(storage);
    String key = "both-at-once-" + storage;
    ExecutorService pool = Executors.newFixedThreadPool(6);
    try {
      CountDownLatch go = new CountDownLatch(1);
      List<Future<Response>> singles = new ArrayList<>();
      List<Future<Response>> sets = new ArrayList<>();
      for (int i = 0; i < 3; i++) {
        singles.add(pool.submit(() -> {
          go.await();
          return server.evaluate(ACME, partner(2100, key).inputFor("cloud-productivity", "managed-service-partner"));
        }));
        sets.add(pool.submit(() -> {
          go.await();
          return server.evaluatePartner(ACME, partner(2100, key).input());
        }));
      }
      go.countDown();
      long evaluated = 0;
      long conflicts = 0;
      for (Future<Response> f : singles) {
        Response r = f.get();
        evaluated += r.data("evaluate.evaluation") != null ? 1 : 0;
        conflicts += r.dataList("evaluate.userErrors").size() == 1
            && r.dataList("evaluate.userErrors").getJsonObject(0).getString("code").equals(CONFLICT.get(0)) ? 1 : 0;
      }
      boolean singleWon = evaluated > 0;
      for (Future<Response> f : sets) {
        Response r = f.get();
        if (!r.dataList("evaluatePartner.evaluations").isEmpty()) {
          assertTrue(!singleWon, "both mutations were answered with evaluations for one key");
        } else {
          assertEquals(List.of(CONFLICT), codesAndFields(r), r::toString);
          conflicts++;
        }
      }
      assertEquals(singleWon ? 3 : 0, evaluated, "every evaluate gets the one evaluation, or none does");
      assertEquals(3, conflicts, "the other mutation's three requests conflict");
    } finally {
      pool.shutdownNow();
    }
  }

  private static List<Response> atOnce(PartnerServer server, int count, IntFunction<Map<String, Object>> input) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(count);
    try {
      CountDownLatch go = new CountDownLatch(1);
      List<Future<Response>> futures = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        Map<String, Object> body = input.apply(i);
        futures.add(pool.submit(() -> {
          go.await();
          return server.evaluatePartner(ACME, body);
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

  private static List<String> ids(JsonArray evaluations) {
    return evaluations.stream().map(e -> ((JsonObject) e).getString("id")).toList();
  }

  /** Evaluations stored (PostgreSQL), else 0: in memory the answers themselves show what was kept. */
  private static long stored(PartnerServer server) {
    return server.storage() == Storage.POSTGRESQL ? server.storedEvaluations() : 0;
  }

  /** In PostgreSQL, exactly {@code sets} sets of acme's are stored under {@code key}. */
  private static void assertSets(PartnerServer server, String key, long sets) {
    if (server.storage() == Storage.POSTGRESQL) {
      assertEquals(sets, ((Number) server.database().value("SELECT count(*) FROM evaluation_set WHERE owner = 'acme' AND client_mutation_id = $1",
          key)).longValue());
      assertNotEquals(0L, server.storedSets());
    }
  }
}
