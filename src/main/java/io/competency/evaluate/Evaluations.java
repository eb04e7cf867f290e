package io.competency.evaluate;

import io.competency.access.Principal;
import io.competency.access.Role;
import io.competency.catalog.CatalogSnapshot;
import io.competency.input.FieldPath;
import io.competency.catalog.NodeId;
import io.competency.input.Problem;
import io.competency.evaluation.Evaluation;
import io.competency.evaluation.EvaluationRequestReader;
import io.competency.evaluation.EvaluationResult;
import io.competency.evaluation.Evaluator;
import io.competency.evaluation.ReadRequest;
import io.competency.store.EvaluationStore;
import io.competency.store.StorableInput;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * The {@code evaluate} use case, and reading evaluations back. An input is checked against what the
 * store can keep, then read and evaluated on a worker thread (large partners send tens of thousands
 * of deployments), and the evaluation is stored with its owner. A {@code clientMutationId} makes it
 * idempotent: sent again with the same input (compared by {@link InputDigest}), it returns the first
 * evaluation; with another input, or when the owner already sent it with {@code evaluatePartner}
 * ({@link PartnerEvaluations}, whose first evaluation keeps the key), an {@link #IDEMPOTENCY_CONFLICT}.
 * An evaluation is visible to its owner only: to anyone else its id reads as null, exactly like an id
 * that does not exist.
 *
 * <p>Failures are left as they arose: a {@link io.competency.store.StoreFault} from the store, the
 * engine's own exception from a bug in the rules.
 */
public final class Evaluations {
  /** A {@code clientMutationId} sent again with a different input. */
  public static final String IDEMPOTENCY_CONFLICT = "IDEMPOTENCY_CONFLICT";

  private static final FieldPath INPUT = FieldPath.root().field("input");

  /** The rules engine as this use case runs it on a request it has read against {@code snapshot}. */
  @FunctionalInterface
  public interface Engine {
    EvaluationResult evaluate(CatalogSnapshot snapshot, ReadRequest read);
  }

  private final Vertx vertx;
  private final EvaluationStore store;
  private final Clock clock;
  private final Engine engine;

  public Evaluations(Vertx vertx, EvaluationStore store, Clock clock) {
    this(vertx, store, clock, rules());
  }

  /** With another {@code engine} than the rules, e.g. one that fails, to see how a fault is reported. */
  public Evaluations(Vertx vertx, EvaluationStore store, Clock clock, Engine engine) {
    this.vertx = Objects.requireNonNull(vertx, "vertx");
    this.store = Objects.requireNonNull(store, "store");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.engine = Objects.requireNonNull(engine, "engine");
  }

  /** The rules, with the snapshot's credentials telling which have retired. */
  private static Engine rules() {
    return (snapshot, read) -> new Evaluator(snapshot::credential).evaluate(read.option(), read.market().code(),
        read.request().asOf(), read.request().partner());
  }

  /** Evaluates {@code input} (the mutation's {@code input} argument) against {@code snapshot} for {@code owner}. */
  public Future<Evaluated> evaluate(CatalogSnapshot snapshot, Map<String, Object> input, String owner) {
    List<Problem> unstorable = StorableInput.problems(input, INPUT);
    if (!unstorable.isEmpty()) {
      return Future.succeededFuture(Evaluated.rejected(unstorable));
    }
    String retryKey = (String) input.get("clientMutationId");
    String digest = InputDigest.of(input);
    return run(snapshot, input, owner, retryKey, digest);
  }

  /**
   * Reads and evaluates the input, then saves it. A retry is found where it is kept rather than looked
   * up first: save() returns the evaluation already kept under the {@code clientMutationId} (also one a
   * concurrent request has just stored), and the digests decide between retry and conflict. Only input
   * that no longer reads (the catalog changed since) asks the store first, so that a retry of it still
   * gets its evaluation, or its conflict, as it did before.
   */
  private Future<Evaluated> run(CatalogSnapshot snapshot, Map<String, Object> input, String owner, String retryKey, String digest) {
    return vertx.<Object>executeBlocking(() -> {
      ReadRequest read = new EvaluationRequestReader(snapshot, clock).read(input, INPUT);
      if (!read.ok()) {
        return Evaluated.rejected(read.problems());
      }
      return new Evaluation(UUID.randomUUID(), owner, retryKey, digest, snapshot.revision(), clock.instant(), read.request(),
          engine.evaluate(snapshot, read));
    }, false).compose(outcome -> {
      if (outcome instanceof Evaluation evaluation) {
        return store.save(evaluation).map(saved -> retried(saved, digest));
      }
      Evaluated rejected = (Evaluated) outcome;
      return retryKey == null ? Future.succeededFuture(rejected) : store.findByClientMutationId(owner, retryKey)
          .map(first -> first == null ? rejected : retried(first, digest));
    });
  }

  /** The evaluation kept under a {@code clientMutationId}, as the answer to an input with this digest. */
  private static Evaluated retried(Evaluation kept, String digest) {
    if (kept.inputDigest().equals(digest)) {
      return Evaluated.of(kept);
    }
    return Evaluated.rejected(List.of(new Problem(INPUT.field("clientMutationId"), IDEMPOTENCY_CONFLICT,
        "this clientMutationId was already used with a different input; use a new clientMutationId for a new evaluation")));
  }

  /** The evaluation {@code id} names when {@code caller} is the integrator who owns it, else null. */
  public Future<Evaluation> find(NodeId id, Principal caller) {
    UUID uuid = id == null || !id.type().equals(NodeId.EVALUATION) ? null : uuid(id.key());
    if (caller == null || caller.role() != Role.INTEGRATOR || uuid == null) {
      return Future.succeededFuture();
    }
    return store.find(uuid, caller.name());
  }

  private static UUID uuid(String text) {
    try {
      return UUID.fromString(text);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
