package io.competency.store;

import io.competency.evaluation.EvaluatedRequest;
import io.competency.evaluation.Evaluation;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.Tuple;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;

/**
 * Evaluations in PostgreSQL: request and result as one jsonb document (which carries the tiers it
 * was evaluated against, so it reads back unchanged after the catalog moves on). A unique
 * (owner, client_mutation_id) makes concurrent retries safe: the second insert does nothing and the
 * first row is returned.
 */
public final class PgEvaluationStore implements EvaluationStore {
  private static final String COLUMNS = "id, owner, client_mutation_id, input_digest, catalog_revision, created_at, body";

  private final Pool pool;
  private final EvaluationCodec codec = new EvaluationCodec();

  public PgEvaluationStore(Pool pool) {
    this.pool = pool;
  }

  @Override
  public Future<Evaluation> save(Evaluation e) {
    Tuple row = Tuple.of(e.id(), e.owner(), e.clientMutationId(), e.inputDigest(), e.catalogRevision(),
        e.createdAt().atOffset(ZoneOffset.UTC)).addValue(PlainJson.json(codec.encode(e.request(), e.result())));
    return StoreFault.classified(pool.preparedQuery("INSERT INTO evaluation (" + COLUMNS + ") VALUES ($1, $2, $3, $4, $5, $6, $7) "
            + "ON CONFLICT (owner, client_mutation_id) DO NOTHING")
        .execute(row))
        .compose(inserted -> inserted.rowCount() == 1 ? Future.succeededFuture(e) : findByClientMutationId(e.owner(), e.clientMutationId()));
  }

  @Override
  public Future<Evaluation> find(UUID id, String owner) {
    return StoreFault.classified(pool.preparedQuery("SELECT " + COLUMNS + " FROM evaluation WHERE id = $1 AND owner = $2")
        .execute(Tuple.of(id, owner)))
        .map(this::first);
  }

  @Override
  public Future<Evaluation> findByClientMutationId(String owner, String clientMutationId) {
    return StoreFault.classified(pool.preparedQuery("SELECT " + COLUMNS + " FROM evaluation WHERE owner = $1 AND client_mutation_id = $2")
        .execute(Tuple.of(owner, clientMutationId)))
        .map(this::first);
  }

  @SuppressWarnings("unchecked")
  private Evaluation first(RowSet<Row> rows) {
    if (rows.size() == 0) {
      return null;
    }
    Row r = rows.iterator().next();
    JsonObject body = r.getJsonObject("body");
    EvaluatedRequest stored = codec.decode((Map<String, ?>) PlainJson.plain(body));
    return new Evaluation(r.getUUID("id"), r.getString("owner"), r.getString("client_mutation_id"), r.getString("input_digest"),
        r.getInteger("catalog_revision"), r.getOffsetDateTime("created_at").toInstant(), stored.request(), stored.result());
  }
}
