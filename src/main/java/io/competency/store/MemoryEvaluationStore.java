package io.competency.store;

import io.competency.evaluation.Evaluation;
import io.vertx.core.Future;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Evaluations held in memory (the embedded default): lost on restart, and at most {@code capacity}
 * of them, the oldest evicted first, so that memory stays bounded however long the server runs. An
 * evicted evaluation reads as null, and its {@code clientMutationId} is free again.
 */
public final class MemoryEvaluationStore implements EvaluationStore {
  private final int capacity;
  private final LinkedHashMap<UUID, Evaluation> byId = new LinkedHashMap<>();
  private final Map<String, Evaluation> byRetryKey = new HashMap<>();

  public MemoryEvaluationStore(int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be positive, got " + capacity);
    }
    this.capacity = capacity;
  }

  public int capacity() {
    return capacity;
  }

  @Override
  public synchronized Future<Evaluation> save(Evaluation evaluation) {
    Evaluation kept = EvaluationStore.readable(evaluation);
    if (kept.clientMutationId() != null) {
      Evaluation first = byRetryKey.putIfAbsent(retryKey(kept.owner(), kept.clientMutationId()), kept);
      if (first != null) {
        return Future.succeededFuture(first);
      }
    }
    byId.put(kept.id(), kept);
    if (byId.size() > capacity) {
      evictOldest();
    }
    return Future.succeededFuture(evaluation);
  }

  private void evictOldest() {
    var oldest = byId.entrySet().iterator();
    Evaluation evicted = oldest.next().getValue();
    oldest.remove();
    if (evicted.clientMutationId() != null) {
      byRetryKey.remove(retryKey(evicted.owner(), evicted.clientMutationId()), evicted);
    }
  }

  @Override
  public synchronized Future<Evaluation> find(UUID id, String owner) {
    Evaluation e = byId.get(id);
    return Future.succeededFuture(e != null && e.owner().equals(owner) ? e : null);
  }

  @Override
  public synchronized Future<Evaluation> findByClientMutationId(String owner, String clientMutationId) {
    return Future.succeededFuture(byRetryKey.get(retryKey(owner, clientMutationId)));
  }

  /** How many evaluations are held now. */
  public synchronized int size() {
    return byId.size();
  }

  private static String retryKey(String owner, String clientMutationId) {
    return owner + '\u0000' + clientMutationId;
  }
}
