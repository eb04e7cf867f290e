package io.competency.store;

import io.competency.evaluation.Evaluation;
import io.vertx.core.Future;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** Evaluations held in memory (the embedded default): lost on restart. */
public final class MemoryEvaluationStore implements EvaluationStore {
  private final Map<UUID, Evaluation> byId = new ConcurrentHashMap<>();
  private final Map<String, Evaluation> byRetryKey = new ConcurrentHashMap<>();

  @Override
  public synchronized Future<Evaluation> save(Evaluation evaluation) {
    if (evaluation.clientMutationId() != null) {
      Evaluation first = byRetryKey.putIfAbsent(retryKey(evaluation.owner(), evaluation.clientMutationId()), evaluation);
      if (first != null) {
        return Future.succeededFuture(first);
      }
    }
    byId.put(evaluation.id(), evaluation);
    return Future.succeededFuture(evaluation);
  }

  @Override
  public Future<Evaluation> find(UUID id, String owner) {
    Evaluation e = byId.get(id);
    return Future.succeededFuture(e != null && e.owner().equals(owner) ? e : null);
  }

  @Override
  public Future<Evaluation> findByClientMutationId(String owner, String clientMutationId) {
    return Future.succeededFuture(byRetryKey.get(retryKey(owner, clientMutationId)));
  }

  private static String retryKey(String owner, String clientMutationId) {
    return owner + '\u0000' + clientMutationId;
  }
}
