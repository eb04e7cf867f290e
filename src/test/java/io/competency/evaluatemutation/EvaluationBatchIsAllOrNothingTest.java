package io.competency.evaluatemutation;

import static io.competency.evaluatemutation.Integrator.evaluate;
import static io.competency.evaluatemutation.Integrator.evaluationOf;
import static io.competency.evaluatemutation.Partner.DELEGATED;
import static io.competency.evaluatemutation.Partner.DEVELOPED;
import static io.competency.evaluatemutation.Partner.EXCHANGE;
import static io.competency.evaluatemutation.Partner.MCSA;
import static io.competency.evaluatemutation.Partner.deployment;
import static io.competency.support.TestKeys.INTEGRATOR_SECRET;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.competency.support.GraphqlClient.Response;
import io.competency.support.ServerOnFreshDatabase;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Evaluations are stored by group commit, a batch of them in one transaction. When that transaction
 * cannot commit (the database is out of disk, or the connection dies), every evaluation of the batch
 * fails as {@code UNAVAILABLE}: none is stored and none is
 * acknowledged, so each client retries, and the retries are stored as new. The batch here is exactly
 * the evaluations sent together ({@code EVALUATION_BATCH_SIZE} of them, with a window far too long to
 * close first), so nothing depends on timing. The commit is made to fail by a deferred trigger on the
 * row of one evaluation only: the other three would commit on their own, yet they fail with it.
 */
class EvaluationBatchIsAllOrNothingTest {
  private static final int BATCH = 4;
  /** The database refuses the commit for want of resources (SQLSTATE 53100): it cannot store anything now. */
  private static final String DISK_FULL = "RAISE EXCEPTION 'this commit is refused' USING ERRCODE = 'disk_full'";

  @RegisterExtension
  static final ServerOnFreshDatabase server = new ServerOnFreshDatabase(
      Map.of("EVALUATION_BATCH_SIZE", String.valueOf(BATCH), "EVALUATION_BATCH_WINDOW_MS", "60000"));

  @AfterEach
  void commitsSucceedAgain() {
    server.db().rows("DROP TRIGGER IF EXISTS sabotage ON evaluation");
  }

  @Test
  void whenTheDatabaseRefusesTheCommitNoEvaluationOfTheBatchIsStoredOrAcknowledged() throws Exception {
    sabotageCommits(DISK_FULL);

    List<Response> responses = atOnce("refused");

    assertEveryOneUnavailable(responses);
    assertEquals(0L, stored("refused"));
  }

  @Test
  void whenTheConnectionDiesAtCommitNoEvaluationOfTheBatchIsStoredOrAcknowledged() throws Exception {
    sabotageCommits("PERFORM pg_terminate_backend(pg_backend_pid()); PERFORM pg_sleep(30)");

    List<Response> responses = atOnce("cut-off");

    assertEveryOneUnavailable(responses);
    assertEquals(0L, stored("cut-off"));
  }

  @Test
  void theRetriesOfAFailedBatchAreStoredAsNewEvaluations() throws Exception {
    sabotageCommits(DISK_FULL);
    assertEveryOneUnavailable(atOnce("retried"));
    commitsSucceedAgain();

    List<Response> retries = atOnce("retried");

    List<String> ids = retries.stream().map(r -> evaluationOf(r).getString("id")).distinct().toList();
    assertEquals(BATCH, ids.size(), ids::toString);
    assertEquals(BATCH, stored("retried"));
  }

  /** A trigger that runs {@code statements} when a transaction that inserted the first evaluation of a batch commits. */
  private static void sabotageCommits(String statements) {
    server.db().rows("CREATE OR REPLACE FUNCTION sabotage() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
        + "IF NEW.client_mutation_id LIKE '%-0' THEN " + statements + "; END IF; RETURN NULL; END $$");
    server.db().rows("CREATE CONSTRAINT TRIGGER sabotage AFTER INSERT ON evaluation DEFERRABLE INITIALLY DEFERRED "
        + "FOR EACH ROW EXECUTE FUNCTION sabotage()");
  }

  private static void assertEveryOneUnavailable(List<Response> responses) {
    assertEquals(BATCH, responses.size());
    for (Response response : responses) {
      assertEquals(List.of("UNAVAILABLE"), response.errorCodes(), response::toString);
      assertNull(response.data("evaluate.evaluation"), response::toString);
    }
  }

  /** One batch: {@link #BATCH} different evaluations sent at once, with client mutation ids {@code prefix-0…}. */
  private static List<Response> atOnce(String prefix) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(BATCH);
    try {
      List<Future<Response>> futures = new ArrayList<>();
      for (int i = 0; i < BATCH; i++) {
        Map<String, Object> input = Partner.in(DEVELOPED)
            .with("clientMutationId", prefix + "-" + i)
            .customer("contoso", DELEGATED, deployment(EXCHANGE, 2000 + i))
            .individual("bob", MCSA)
            .input();
        futures.add(pool.submit(() -> evaluate(server.client(), INTEGRATOR_SECRET, input)));
      }
      List<Response> responses = new ArrayList<>();
      for (Future<Response> f : futures) {
        responses.add(f.get());
      }
      return responses;
    } finally {
      pool.shutdownNow();
    }
  }

  private static long stored(String prefix) {
    return ((Number) server.db().value("SELECT count(*) FROM evaluation WHERE client_mutation_id LIKE $1", prefix + "-%"))
        .longValue();
  }
}
