package io.competency.store;

import io.competency.evaluation.Evaluation;
import io.vertx.core.Future;
import java.util.UUID;

/** Where evaluations are kept, each readable by its owner only. Failures caused by the database are {@link StoreFault}s. */
public interface EvaluationStore {

  /**
   * Keeps {@code evaluation}, unless its owner already has one with the same {@code clientMutationId}:
   * then that first one is returned and nothing is written.
   */
  Future<Evaluation> save(Evaluation evaluation);

  /** The evaluation with this id when {@code owner} owns it, else null. */
  Future<Evaluation> find(UUID id, String owner);

  /** The owner's evaluation made with this {@code clientMutationId}, or null. */
  Future<Evaluation> findByClientMutationId(String owner, String clientMutationId);
}
