package io.competency.partnermutation;

import static io.competency.partnermutation.Partner.customer;
import static io.competency.partnermutation.PartnerServer.ACME;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.competency.support.GraphqlClient.Response;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * In PostgreSQL the evaluations of one {@code evaluatePartner} are stored in one transaction with their
 * set: when the commit fails (here a deferred trigger refuses the row of one option's evaluation, as a
 * full disk would), the call fails as {@code UNAVAILABLE}, and neither the set nor any of its
 * evaluations is stored, the others included; its retry key stays free, and the retry stores them all.
 * A set survives a restart: every evaluation reads back as it was answered, and a retry gets the same set.
 */
class EvaluatePartnerStoresEveryEvaluationOrNoneTest {
  private static final String DISK_FULL = "RAISE EXCEPTION 'this commit is refused' USING ERRCODE = 'disk_full'";

  private static PartnerServer server;

  @BeforeAll
  static void start() {
    server = PartnerServer.start(Storage.POSTGRESQL);
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.close();
    }
  }

  @AfterEach
  void commitsSucceedAgain() {
    server.database().rows("DROP TRIGGER IF EXISTS sabotage ON evaluation");
  }

  private static Map<String, Object> input(String key) {
    return Partner.in(Partner.DEVELOPED)
        .customer(customer("contoso", "DELEGATED_ADMIN").deployment("EXCHANGE_ONLINE", 2500))
        .individual("ana", "70-346", "70-347", "70-496")
        .with("clientMutationId", key)
        .input();
  }

  @Test
  void whenOneEvaluationCannotBeCommittedNoneOfTheSetIsStoredAndTheRetryStoresThemAll() {
    long evaluations = server.storedEvaluations();
    long sets = server.storedSets();
    refuseTheCommitOf("devops-partner");

    Response refused = server.evaluatePartner(ACME, input("all-or-nothing"));

    assertEquals(List.of("UNAVAILABLE"), refused.errorCodes(), refused::toString);
    assertNull(refused.json().getValue("data"), refused::toString);
    assertEquals(evaluations, server.storedEvaluations(), "no evaluation of the set was stored");
    assertEquals(sets, server.storedSets(), "the set was not stored");

    commitsSucceedAgain();
    JsonArray retried = server.evaluations(input("all-or-nothing"));

    assertEquals(evaluations + retried.size(), server.storedEvaluations());
    assertEquals(sets + 1, server.storedSets());
  }

  @Test
  void aSetReadsBackAfterARestartAndItsRetryGetsItAgain() {
    JsonArray evaluations = server.evaluations(input("restart"));

    server.restart();

    for (Object e : evaluations) {
      JsonObject evaluation = (JsonObject) e;
      assertEquals(evaluation, server.read(ACME, evaluation.getString("id")));
    }
    assertEquals(evaluations, server.evaluations(input("restart")));
  }

  /** A trigger that refuses, at commit, a transaction that inserted the evaluation of {@code option}. */
  private static void refuseTheCommitOf(String option) {
    server.database().rows("CREATE OR REPLACE FUNCTION sabotage() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
        + "IF NEW.body -> 'request' ->> 'option' = '" + option + "' THEN " + DISK_FULL + "; END IF; RETURN NULL; END $$");
    server.database().rows("CREATE CONSTRAINT TRIGGER sabotage AFTER INSERT ON evaluation DEFERRABLE INITIALLY DEFERRED "
        + "FOR EACH ROW EXECUTE FUNCTION sabotage()");
  }
}
