package io.competency.store;

import io.competency.evaluation.Evaluation;
import io.competency.evaluation.EvaluationSet;
import io.vertx.core.Future;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Evaluations held in memory (the embedded default): lost on restart, and at most {@code capacity}
 * of them, the oldest evicted first, so that memory stays bounded however long the server runs. An
 * evicted evaluation reads as null, and its {@code clientMutationId} is free again. The evaluations of
 * a set are evicted together, with the set (its retry key is then free); a set larger than the whole
 * capacity is still kept whole, until the next save evicts it.
 */
public final class MemoryEvaluationStore implements EvaluationStore {
  private final int capacity;
  private final LinkedHashMap<UUID, Evaluation> byId = new LinkedHashMap<>();
  private final Map<String, Evaluation> byRetryKey = new HashMap<>();
  private final Map<String, EvaluationSet> setsByRetryKey = new HashMap<>();
  /** The set each evaluation of a set belongs to. */
  private final Map<UUID, EvaluationSet> setOf = new HashMap<>();

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
    evictBeyondCapacity(null);
    return Future.succeededFuture(evaluation);
  }

  @Override
  public synchronized Future<EvaluationSet> saveSet(EvaluationSet set) {
    EvaluationSet kept = EvaluationStore.readable(set);
    if (kept.clientMutationId() != null) {
      String key = retryKey(kept.owner(), kept.clientMutationId());
      EvaluationSet first = setsByRetryKey.get(key);
      Evaluation single = byRetryKey.get(key);
      if (first != null || single != null) {
        return Future.succeededFuture(first != null ? first : EvaluationStore.alone(single));
      }
      setsByRetryKey.put(key, kept);
    }
    for (Evaluation e : kept.evaluations()) {
      byId.put(e.id(), e);
      setOf.put(e.id(), kept);
      if (e.clientMutationId() != null) {
        byRetryKey.put(retryKey(e.owner(), e.clientMutationId()), e);
      }
    }
    evictBeyondCapacity(kept);
    return Future.succeededFuture(set);
  }

  /** Evicts the oldest evaluations (whole sets at a time) while there are too many, stopping at {@code spared}. */
  private void evictBeyondCapacity(EvaluationSet spared) {
    while (byId.size() > capacity) {
      Evaluation oldest = byId.values().iterator().next();
      EvaluationSet set = setOf.get(oldest.id());
      if (set != null && set == spared) {
        return;
      }
      if (set == null) {
        evict(oldest);
      } else {
        set.evaluations().forEach(this::evict);
        if (set.clientMutationId() != null) {
          setsByRetryKey.remove(retryKey(set.owner(), set.clientMutationId()), set);
        }
      }
    }
  }

  private void evict(Evaluation evicted) {
    byId.remove(evicted.id());
    setOf.remove(evicted.id());
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

  @Override
  public synchronized Future<EvaluationSet> findSetByClientMutationId(String owner, String clientMutationId) {
    return Future.succeededFuture(setsByRetryKey.get(retryKey(owner, clientMutationId)));
  }

  /** How many evaluations are held now. */
  public synchronized int size() {
    return byId.size();
  }

  private static String retryKey(String owner, String clientMutationId) {
    return owner + '\u0000' + clientMutationId;
  }
}
