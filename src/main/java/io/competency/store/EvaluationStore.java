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
   * Keeps every evaluation of {@code set}, all or none, unless its owner already used the set's
   * {@code clientMutationId}, for a set or for a single evaluation: then what was kept first under it is
   * returned (a single evaluation as a set of one, see {@link #alone}) and nothing is written. The set's
   * first evaluation carries the key ({@link EvaluationSet}), so {@link #save} of a single evaluation with
   * the same key returns that evaluation.
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

  /** A single evaluation kept under a retry key, as the answer to a set saved with the same key. */
  static EvaluationSet alone(Evaluation e) {
    return new EvaluationSet(e.id(), e.owner(), e.clientMutationId(), e.inputDigest(), e.createdAt(), List.of(e));
  }

  /** What a store keeps of a set: each evaluation {@link #readable}. */
  static EvaluationSet readable(EvaluationSet set) {
    return new EvaluationSet(set.id(), set.owner(), set.clientMutationId(), set.inputDigest(), set.createdAt(),
        set.evaluations().stream().map(EvaluationStore::readable).toList());
  }
}
