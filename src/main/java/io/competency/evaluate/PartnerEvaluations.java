package io.competency.evaluate;

import io.competency.catalog.CatalogSnapshot;
import io.competency.catalog.Option;
import io.competency.evaluation.Evaluation;
import io.competency.evaluation.EvaluationRequestReader;
import io.competency.evaluation.EvaluationResult;
import io.competency.evaluation.EvaluationSet;
import io.competency.evaluation.Evaluator;
import io.competency.evaluation.PartnerIndex;
import io.competency.evaluation.PartnerWideRequest;
import io.competency.evaluation.plan.PartnerOrder;
import io.competency.input.FieldPath;
import io.competency.input.Problem;
import io.competency.store.EvaluationStore;
import io.competency.store.StorableInput;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * The {@code evaluatePartner} use case: one partner's data against every option of every competency (or
 * of those listed), one evaluation per option, kept together and answered in {@link PartnerOrder}: the
 * highest achieved tier first, then the option closest to its next tier, then catalog order.
 *
 * <p>The rules are those of {@link Evaluations}: the input is checked against what the store can keep,
 * then read (every problem at once, with its path and the codes {@code evaluate} uses) and evaluated on a
 * worker thread; the evaluations belong to the caller. The input is read and laid out
 * ({@link PartnerIndex}) once, and every option reads only what it needs of it. The evaluations are
 * stored as one {@link EvaluationSet}: all or none (one transaction in PostgreSQL).
 *
 * <p>A {@code clientMutationId} makes the call idempotent: sent again with the same input (compared by
 * {@link InputDigest}), it returns the first set's evaluations; with another input, or when the owner
 * already used the key for an {@code evaluate}, an {@link Evaluations#IDEMPOTENCY_CONFLICT}. One key
 * names one request of its owner whichever mutation sent it: the set's first evaluation carries it
 * ({@link EvaluationSet}), so the store refuses it to either mutation after the other. A retry racing
 * its original still stores one set: the store keeps the first and answers the other with it. A call that
 * evaluates nothing (it listed only competencies without options) stores nothing.
 */
public final class PartnerEvaluations {
  private static final FieldPath INPUT = FieldPath.root().field("input");
  private static final FieldPath RETRY_KEY = INPUT.field("clientMutationId");

  private final Vertx vertx;
  private final EvaluationStore store;
  private final Clock clock;

  public PartnerEvaluations(Vertx vertx, EvaluationStore store, Clock clock) {
    this.vertx = Objects.requireNonNull(vertx, "vertx");
    this.store = Objects.requireNonNull(store, "store");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** What a call made of an input: the evaluations (new, or those of the first call with its retry key), or the problems that stopped it. */
  public record Evaluated(List<Evaluation> evaluations, List<Problem> problems) {
    public Evaluated {
      evaluations = List.copyOf(evaluations);
      problems = List.copyOf(problems);
    }

    static Evaluated of(List<Evaluation> evaluations) {
      return new Evaluated(evaluations, List.of());
    }

    static Evaluated rejected(List<Problem> problems) {
      return new Evaluated(List.of(), problems);
    }
  }

  /** Evaluates {@code input} (the mutation's {@code input} argument) against {@code snapshot} for {@code owner}. */
  public Future<Evaluated> evaluate(CatalogSnapshot snapshot, Map<String, Object> input, String owner) {
    List<Problem> unstorable = StorableInput.problems(input, INPUT);
    if (!unstorable.isEmpty()) {
      return Future.succeededFuture(Evaluated.rejected(unstorable));
    }
    String retryKey = (String) input.get("clientMutationId");
    String digest = InputDigest.of(Map.of("evaluatePartner", input));
    if (retryKey == null) {
      return run(snapshot, input, owner, null, digest);
    }
    // A retry of a set is answered without evaluating anything again. Whatever else holds the key (a
    // single evaluation, or a set committed meanwhile) is found by saveSet, which then stores nothing.
    return store.findSetByClientMutationId(owner, retryKey).compose(first -> first != null
        ? Future.succeededFuture(retried(first, digest))
        : run(snapshot, input, owner, retryKey, digest));
  }

  private Future<Evaluated> run(CatalogSnapshot snapshot, Map<String, Object> input, String owner, String retryKey,
      String digest) {
    return vertx.<Object>executeBlocking(() -> {
      PartnerWideRequest read = new EvaluationRequestReader(snapshot, clock).readPartnerWide(input, INPUT);
      return read.ok() ? evaluateAll(snapshot, read, owner, retryKey, digest) : Evaluated.rejected(read.problems());
    }, false).compose(outcome -> {
      if (!(outcome instanceof EvaluationSet set)) {
        return Future.succeededFuture((Evaluated) outcome);
      }
      return set.evaluations().isEmpty() ? Future.succeededFuture(Evaluated.of(List.of()))
          : store.saveSet(set).map(saved -> retried(saved, digest));
    });
  }

  /** Every option {@code read} names, judged on one index of the partner's data, in partner order. */
  private EvaluationSet evaluateAll(CatalogSnapshot snapshot, PartnerWideRequest read, String owner, String retryKey,
      String digest) {
    Map<Option, Integer> catalogIndex = new IdentityHashMap<>();
    snapshot.competencies().stream().flatMap(c -> c.options().stream()).forEach(o -> catalogIndex.put(o, catalogIndex.size()));
    PartnerIndex index = PartnerIndex.of(read.partner());
    Evaluator evaluator = new Evaluator(snapshot::credential);
    Instant now = clock.instant();
    List<Ranked> ranked = new ArrayList<>();
    for (Option option : read.options()) {
      EvaluationResult result = evaluator.evaluate(option, read.market(), read.asOf(), index);
      Evaluation evaluation = new Evaluation(UUID.randomUUID(), owner, null, digest, snapshot.revision(), now,
          read.forOption(option), result);
      ranked.add(new Ranked(evaluation, result.standing(catalogIndex.get(option))));
    }
    ranked.sort(Comparator.comparing(Ranked::standing, PartnerOrder.INSTANCE));
    List<Evaluation> evaluations = new ArrayList<>(ranked.stream().map(Ranked::evaluation).toList());
    if (!evaluations.isEmpty() && retryKey != null) {
      Evaluation first = evaluations.get(0);
      evaluations.set(0, new Evaluation(first.id(), owner, retryKey, digest, first.catalogRevision(), now, first.request(), first.result()));
    }
    return new EvaluationSet(UUID.randomUUID(), owner, retryKey, digest, now, evaluations);
  }

  private record Ranked(Evaluation evaluation, PartnerOrder.Standing standing) {
  }

  /** The set kept under a {@code clientMutationId}, as the answer to an input with this digest. */
  private static Evaluated retried(EvaluationSet kept, String digest) {
    return kept.inputDigest().equals(digest) ? Evaluated.of(kept.evaluations()) : conflict();
  }

  private static Evaluated conflict() {
    return Evaluated.rejected(List.of(new Problem(RETRY_KEY, Evaluations.IDEMPOTENCY_CONFLICT,
        "this clientMutationId was already used with a different input; use a new clientMutationId for a new evaluation")));
  }
}
