package io.competency.store;

import io.competency.evaluation.Evaluation;
import io.competency.evaluation.EvaluationRequest;
import io.competency.evaluation.EvaluationSet;
import io.competency.evaluation.PartnerData;
import io.vertx.core.Future;
import java.util.List;
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

  /**
   * Keeps every evaluation of {@code set}, all or none, unless its owner already has a set with the same
   * {@code clientMutationId}: then that first set is returned and nothing is written. Retry keys of sets
   * and of single evaluations are kept apart; callers that want one namespace look in both.
   */
  Future<EvaluationSet> saveSet(EvaluationSet set);

  /** The owner's set made with this {@code clientMutationId}, its evaluations in their order, or null. */
  Future<EvaluationSet> findSetByClientMutationId(String owner, String clientMutationId);

  /**
   * What a store keeps of an evaluation: everything that reading it back serves (its choices of
   * competency, option, market and date, the reference, the result), without the partner's data
   * (customers, individuals, shipments, authorizations), which can run to megabytes and which no read
   * returns.
   */
  static Evaluation readable(Evaluation e) {
    EvaluationRequest r = e.request();
    PartnerData none = new PartnerData(List.of(), List.of());
    if (r.partner().equals(none)) {
      return e;
    }
    EvaluationRequest choices = new EvaluationRequest(r.competency(), r.option(), r.market(), r.asOf(), none, r.reference());
    return new Evaluation(e.id(), e.owner(), e.clientMutationId(), e.inputDigest(), e.catalogRevision(), e.createdAt(),
        choices, e.result());
  }

  /** What a store keeps of a set: each evaluation {@link #readable}. */
  static EvaluationSet readable(EvaluationSet set) {
    return new EvaluationSet(set.id(), set.owner(), set.clientMutationId(), set.inputDigest(), set.createdAt(),
        set.evaluations().stream().map(EvaluationStore::readable).toList());
  }
}
