package io.competency.store;

import io.competency.evaluation.EvaluatedRequest;
import io.competency.evaluation.Evaluation;
import io.competency.evaluation.EvaluationSet;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * Evaluations in PostgreSQL, written by group commit: evaluations saved at about the same time go
 * into one multi-row {@code INSERT} in one transaction (see {@link GroupCommit}), and each save
 * completes only once that transaction has committed; when it fails, every save of the batch fails
 * with it and nothing of the batch is stored.
 *
 * <p>A row holds what reading the evaluation back needs ({@link EvaluationStore#readable}): the
 * request's choices and the result as one jsonb document, which carries the tiers it was evaluated
 * against, so it reads back unchanged after the catalog moves on. A unique
 * (owner, client_mutation_id) keeps retries exact: within a batch only the first save of a key is
 * inserted and the others get what it got; against rows already stored (or committed meanwhile by
 * another batch) the insert does nothing and the stored row is returned.
 */
public final class PgEvaluationStore implements EvaluationStore {
  private static final String SELECT = "SELECT e.id, e.owner, e.client_mutation_id, e.input_digest, e.catalog_revision, e.created_at, "
      + "e.body::text AS body, t.body::text AS tiers FROM evaluation e LEFT JOIN evaluated_tiers t ON t.digest = e.tiers_digest ";
  private static final String INSERT_TIERS = "INSERT INTO evaluated_tiers (digest, body) "
      + "SELECT digest, body::jsonb FROM unnest($1::text[], $2::text[]) AS t (digest, body) ON CONFLICT (digest) DO NOTHING";
  private static final String INSERT = "INSERT INTO evaluation "
      + "(id, owner, client_mutation_id, input_digest, catalog_revision, created_at, body, tiers_digest) "
      + "SELECT id, owner, client_mutation_id, input_digest, catalog_revision, created_at, body::jsonb, tiers_digest "
      + "FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::int[], $6::timestamptz[], $7::text[], $8::text[]) "
      + "AS t (id, owner, client_mutation_id, input_digest, catalog_revision, created_at, body, tiers_digest) "
      + "ON CONFLICT (owner, client_mutation_id) DO NOTHING RETURNING id";
  private static final String INSERT_SET = "INSERT INTO evaluation_set "
      + "(id, owner, client_mutation_id, input_digest, created_at, evaluation_ids) VALUES ($1, $2, $3, $4, $5, $6) "
      + "ON CONFLICT (owner, client_mutation_id) DO NOTHING RETURNING id";
  private static final String SELECT_SET = "SELECT id, owner, client_mutation_id, input_digest, created_at, evaluation_ids "
      + "FROM evaluation_set WHERE owner = $1 AND client_mutation_id = $2";
  private static final int REMEMBERED_TIER_SETS = 64;

  private static final Logger LOG = Logger.getLogger(PgEvaluationStore.class.getName());

  private final Vertx vertx;
  private final Pool pool;
  private final EvaluationCodec codec = new EvaluationCodec();
  private final EvaluationRow rows = new EvaluationRow();
  private final GroupCommit<Write, Evaluation> writes;
  /** Digests of tier sets known to be committed, so that a batch does not send them again. */
  private final Set<String> storedTierSets = Collections.newSetFromMap(Collections.synchronizedMap(
      new LinkedHashMap<>(REMEMBERED_TIER_SETS, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
          return size() > REMEMBERED_TIER_SETS;
        }
      }));

  /** An evaluation to insert, encoded. */
  private record Write(Evaluation evaluation, EvaluationRow.Encoded encoded) {
  }

  /** How saves are grouped: at most {@code size} per transaction, none waiting longer than {@code window} for others. */
  public record Batching(int size, Duration window, int inFlight) {
    public static final Batching DEFAULT = new Batching(128, Duration.ofMillis(2), 4);

    public Batching {
      Objects.requireNonNull(window, "window");
    }
  }

  public PgEvaluationStore(Vertx vertx, Pool pool, Batching batching) {
    this.vertx = Objects.requireNonNull(vertx, "vertx");
    this.pool = Objects.requireNonNull(pool, "pool");
    this.writes = new GroupCommit<>(vertx, batching.size(), batching.window(), batching.inFlight(), this::insert);
  }

  @Override
  public Future<Evaluation> save(Evaluation e) {
    Objects.requireNonNull(e, "evaluation");
    // A batch is shared by several clients: its data exception is no one client's (StorableInput keeps
    // their input from causing one), so only an outage is classified, anything else stays a fault.
    return writes.submit(new Write(e, rows.encode(e))).recover(failure -> Future.failedFuture(StoreFault.classifyOutage(failure)));
  }

  /**
   * Inserts the set row first, then its tier sets and evaluations, in one transaction of its own (a set
   * is a batch already). When the set's retry key is taken, by a set (the insert of the set row does
   * nothing) or by a single evaluation (the first member's row, which carries the key, is not inserted),
   * the transaction is rolled back with nothing of this set written, and what holds the key is the answer.
   * Both unique constraints decide, so a set racing a set or a single evaluation with the same key is
   * stored only if it wins.
   */
  @Override
  public Future<EvaluationSet> saveSet(EvaluationSet set) {
    Objects.requireNonNull(set, "set");
    // Encoding a large partner's evaluations takes a while: not on the event loop.
    return vertx.executeBlocking(() -> set.evaluations().stream().map(e -> new Write(e, rows.encode(e))).toList(), false)
        .compose(writes -> insertSet(set, writes));
  }

  private Future<EvaluationSet> insertSet(EvaluationSet set, List<Write> writes) {
    Map<String, EvaluationRow.TierSet> newTierSets = newTierSets(writes);
    Tuple setRow = Tuple.of(set.id(), set.owner(), set.clientMutationId(), set.inputDigest(), set.createdAt().atOffset(ZoneOffset.UTC))
        .addArrayOfUUID(set.evaluations().stream().map(Evaluation::id).toArray(UUID[]::new));
    Future<Boolean> inserted = pool.withTransaction(conn -> conn.preparedQuery(INSERT_SET).execute(setRow)
        .compose(rows -> rows.size() == 0 ? Future.failedFuture(new RetryKeyTaken())
            : insertTierSets(conn, newTierSets.values()).compose(v -> conn.preparedQuery(INSERT).execute(arrays(writes))))
        .compose(members -> members.size() < writes.size() ? Future.failedFuture(new RetryKeyTaken()) : Future.succeededFuture(true)))
        .recover(e -> e instanceof RetryKeyTaken ? Future.succeededFuture(false) : Future.failedFuture(e));
    return StoreFault.classified(inserted).compose(done -> {
      if (!done) {
        return findSetByClientMutationId(set.owner(), set.clientMutationId()).compose(first -> first != null
            ? Future.succeededFuture(first)
            : findByClientMutationId(set.owner(), set.clientMutationId()).map(single -> single == null ? null : EvaluationStore.alone(single)));
      }
      storedTierSets.addAll(newTierSets.keySet());
      return Future.succeededFuture(set);
    });
  }

  @Override
  public Future<EvaluationSet> findSetByClientMutationId(String owner, String clientMutationId) {
    return StoreFault.classified(pool.preparedQuery(SELECT_SET).execute(Tuple.of(owner, clientMutationId))).compose(rows -> {
      if (rows.size() == 0) {
        return Future.succeededFuture();
      }
      Row r = rows.iterator().next();
      UUID[] ids = r.getArrayOfUUIDs("evaluation_ids");
      // Decoding a large partner's evaluations takes a while: not on the event loop.
      return StoreFault.classified(pool.preparedQuery(SELECT + "WHERE e.id = ANY($1) AND e.owner = $2")
          .execute(Tuple.tuple().addArrayOfUUID(ids).addString(owner))).compose(members -> vertx.executeBlocking(() -> {
            Map<UUID, Evaluation> byId = new HashMap<>();
            members.forEach(m -> {
              Evaluation e = evaluation(m);
              byId.put(e.id(), e);
            });
            List<Evaluation> ordered = new ArrayList<>();
            for (UUID id : ids) {
              ordered.add(Objects.requireNonNull(byId.get(id), () -> "evaluation " + id + " of a stored set is missing"));
            }
            return new EvaluationSet(r.getUUID("id"), r.getString("owner"), r.getString("client_mutation_id"),
                r.getString("input_digest"), r.getOffsetDateTime("created_at").toInstant(), ordered);
          }, false));
    });
  }

  /** The set's retry key is already taken: the transaction is undone and what holds the key answers. */
  private static final class RetryKeyTaken extends RuntimeException {
    RetryKeyTaken() {
      super("retry key taken", null, false, false);
    }
  }

  /**
   * Inserts a batch in one transaction and, once it has committed, answers each save: with its own
   * evaluation when its row was inserted, else with the row stored under its retry key.
   */
  private Future<List<Evaluation>> insert(List<Write> batch) {
    List<Write> firsts = firstOfEachRetryKey(batch);
    Map<String, EvaluationRow.TierSet> newTierSets = newTierSets(firsts);
    Tuple arrays = arrays(firsts);
    return pool.withTransaction(conn -> insertTierSets(conn, newTierSets.values())
            .compose(v -> conn.preparedQuery(INSERT).execute(arrays)))
        .onFailure(e -> LOG.warning("a batch of " + batch.size() + " evaluations was not stored, and none of them acknowledged: " + e))
        .compose(inserted -> {
          storedTierSets.addAll(newTierSets.keySet());
          return answers(batch, ids(inserted));
        });
  }

  /** The tier sets {@code writes} refer to that are not known to be stored, each once. */
  private Map<String, EvaluationRow.TierSet> newTierSets(List<Write> writes) {
    Map<String, EvaluationRow.TierSet> newTierSets = new LinkedHashMap<>();
    writes.stream().map(r -> r.encoded().tiers()).filter(Objects::nonNull).filter(t -> !storedTierSets.contains(t.digest()))
        .forEach(t -> newTierSets.putIfAbsent(t.digest(), t));
    return newTierSets;
  }

  private static Future<Void> insertTierSets(SqlConnection conn, Collection<EvaluationRow.TierSet> tierSets) {
    if (tierSets.isEmpty()) {
      return Future.succeededFuture();
    }
    Tuple arrays = Tuple.tuple()
        .addArrayOfString(tierSets.stream().map(EvaluationRow.TierSet::digest).toArray(String[]::new))
        .addArrayOfString(tierSets.stream().map(EvaluationRow.TierSet::json).toArray(String[]::new));
    return conn.preparedQuery(INSERT_TIERS).execute(arrays).mapEmpty();
  }

  private Future<List<Evaluation>> answers(List<Write> batch, Set<UUID> inserted) {
    Map<String, Future<Evaluation>> stored = new HashMap<>();
    List<Future<Evaluation>> answers = new ArrayList<>(batch.size());
    for (Write write : batch) {
      Evaluation e = write.evaluation();
      if (inserted.contains(e.id())) {
        answers.add(Future.succeededFuture(e));
      } else {
        answers.add(stored.computeIfAbsent(retryKey(e), k -> findByClientMutationId(e.owner(), e.clientMutationId())));
      }
    }
    return Future.all(answers).map(all -> all.<Evaluation>list());
  }

  /** The batch without the saves whose retry key an earlier save of the same batch already has. */
  private static List<Write> firstOfEachRetryKey(List<Write> batch) {
    Set<String> keys = new HashSet<>();
    List<Write> firsts = new ArrayList<>(batch.size());
    for (Write write : batch) {
      Evaluation e = write.evaluation();
      if (e.clientMutationId() == null || keys.add(retryKey(e))) {
        firsts.add(write);
      }
    }
    return firsts;
  }

  private static Tuple arrays(List<Write> writes) {
    int n = writes.size();
    UUID[] ids = new UUID[n];
    String[] owners = new String[n];
    String[] retryKeys = new String[n];
    String[] digests = new String[n];
    Integer[] revisions = new Integer[n];
    OffsetDateTime[] created = new OffsetDateTime[n];
    String[] bodies = new String[n];
    String[] tierSets = new String[n];
    for (int i = 0; i < n; i++) {
      Evaluation e = writes.get(i).evaluation();
      EvaluationRow.Encoded encoded = writes.get(i).encoded();
      ids[i] = e.id();
      owners[i] = e.owner();
      retryKeys[i] = e.clientMutationId();
      digests[i] = e.inputDigest();
      revisions[i] = e.catalogRevision();
      created[i] = e.createdAt().atOffset(ZoneOffset.UTC);
      bodies[i] = encoded.body();
      tierSets[i] = encoded.tiers() == null ? null : encoded.tiers().digest();
    }
    return Tuple.tuple().addArrayOfUUID(ids).addArrayOfString(owners).addArrayOfString(retryKeys).addArrayOfString(digests)
        .addArrayOfInteger(revisions).addArrayOfOffsetDateTime(created).addArrayOfString(bodies).addArrayOfString(tierSets);
  }

  private static Set<UUID> ids(RowSet<Row> inserted) {
    Set<UUID> ids = new HashSet<>();
    inserted.forEach(r -> ids.add(r.getUUID(0)));
    return ids;
  }

  private static String retryKey(Evaluation e) {
    return e.owner() + '\u0000' + e.clientMutationId();
  }

  @Override
  public Future<Evaluation> find(UUID id, String owner) {
    return StoreFault.classified(pool.preparedQuery(SELECT + "WHERE e.id = $1 AND e.owner = $2")
        .execute(Tuple.of(id, owner)))
        .map(this::first);
  }

  @Override
  public Future<Evaluation> findByClientMutationId(String owner, String clientMutationId) {
    return StoreFault.classified(pool.preparedQuery(SELECT + "WHERE e.owner = $1 AND e.client_mutation_id = $2")
        .execute(Tuple.of(owner, clientMutationId)))
        .map(this::first);
  }

  private Evaluation first(RowSet<Row> rows) {
    return rows.size() == 0 ? null : evaluation(rows.iterator().next());
  }

  private Evaluation evaluation(Row r) {
    EvaluatedRequest stored = codec.decode(EvaluationRow.join(r.getString("body"), r.getString("tiers")));
    return new Evaluation(r.getUUID("id"), r.getString("owner"), r.getString("client_mutation_id"), r.getString("input_digest"),
        r.getInteger("catalog_revision"), r.getOffsetDateTime("created_at").toInstant(), stored.request(), stored.result());
  }
}
