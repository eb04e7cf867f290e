package io.competency.store;

import io.competency.catalog.Applied;
import io.competency.catalog.BundledCatalogUpgrade;
import io.competency.catalog.Catalog;
import io.competency.catalog.CatalogEdit;
import io.competency.catalog.CatalogException;
import io.competency.catalog.CatalogReader;
import io.competency.catalog.CatalogSnapshot;
import io.competency.catalog.Competency;
import io.competency.catalog.Credential;
import io.competency.input.FieldPath;
import io.competency.input.Input;
import io.competency.input.Problems;
import io.competency.catalog.Term;
import io.competency.catalog.Vocabulary;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.pgclient.pubsub.PgSubscriber;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The catalog in PostgreSQL. An edit runs in one transaction that locks the catalog's revision row,
 * reads the catalog as committed, applies the edit, writes the difference, records the revision in the
 * audit trail and sends {@code NOTIFY catalog_changed}; every server listening reloads its snapshot, so
 * servers behind a load balancer serve the same revision moments after a commit. Reads never wait on
 * the database: they use the snapshot.
 *
 * <p>At start the bundled catalog is imported into an empty database; into an existing one, what a
 * newer bundled catalog adds goes in the same way as an edit (one revision, audited as
 * {@value #BUNDLED_CATALOG}, notified), and table {@code bundled_import} records what was imported so
 * that what a maintainer removed is not imported again.
 */
public final class PgCatalogStore implements CatalogStore {
  static final String CHANNEL = "catalog_changed";
  /** The audit trail's actor for what a newer bundled catalog adds to an existing database. */
  static final String BUNDLED_CATALOG = "bundled-catalog";
  private static final Logger LOG = Logger.getLogger(PgCatalogStore.class.getName());

  private final Database database;
  private final PgSubscriber subscriber;
  private volatile CatalogSnapshot current;

  private PgCatalogStore(Database database, PgSubscriber subscriber, CatalogSnapshot current) {
    this.database = database;
    this.subscriber = subscriber;
    this.current = current;
  }

  /**
   * Imports {@code bundled} into an empty database, or adds to an existing one what {@code bundled} holds
   * and the database has not had yet ({@link BundledCatalogUpgrade}); then loads the catalog and starts
   * listening for changes.
   */
  public static Future<PgCatalogStore> open(Vertx vertx, Database database, Catalog bundled) {
    return database.pool().withTransaction(conn -> importOrUpgrade(conn, bundled))
        .compose(v -> load(database.pool()))
        .compose(snapshot -> {
          PgSubscriber subscriber = PgSubscriber.subscriber(vertx, database.connectOptions()).reconnectPolicy(attempt -> 1_000L);
          PgCatalogStore store = new PgCatalogStore(database, subscriber, snapshot);
          subscriber.channel(CHANNEL)
              .handler(payload -> store.reload())
              .subscribeHandler(v -> store.reload());
          return subscriber.connect().map(store);
        });
  }

  @Override
  public CatalogSnapshot current() {
    return current;
  }

  @Override
  public Future<Applied> apply(CatalogEdit edit, String actor) {
    return StoreFault.classified(database.pool().withTransaction(conn -> lockedCatalog(conn).compose(before -> commit(conn, before, edit, actor))))
        .onSuccess(applied -> install(applied.snapshot()));
  }

  /** Applies {@code edit} to {@code before} (read under the lock) and, when it changes the catalog, writes and records the new revision. */
  private static Future<Applied> commit(SqlConnection conn, CatalogSnapshot before, CatalogEdit edit, String actor) {
    Applied applied = Applied.of(before, edit, Instant.now());
    if (!applied.changed()) {
      return Future.succeededFuture(applied);
    }
    return CatalogRows.of(applied.snapshot().catalog()).writeOver(CatalogRows.of(before.catalog()), conn)
        .compose(v -> recordRevision(conn, applied.snapshot(), actor, edit.action(), applied.outcome().target(), edit.detail()))
        .map(applied);
  }

  @Override
  public Future<List<CatalogChange>> changes(int limit) {
    return StoreFault.classified(database.pool().preparedQuery(
            "SELECT revision, changed_at, actor, action, target, detail FROM catalog_change ORDER BY revision DESC LIMIT $1")
        .execute(Tuple.of(limit)))
        .map(rows -> {
          List<CatalogChange> out = new ArrayList<>();
          rows.forEach(r -> out.add(new CatalogChange(r.getInteger("revision"), r.getOffsetDateTime("changed_at").toInstant(),
              r.getString("actor"), r.getString("action"), r.getString("target"), PlainJson.plain(r.getValue("detail")))));
          return out;
        });
  }

  @Override
  public Future<Void> ping() {
    return StoreFault.classified(database.pool().query("SELECT 1").execute()).mapEmpty();
  }

  @Override
  public Future<Void> close() {
    return subscriber.close().eventually(database::close);
  }

  private void reload() {
    load(database.pool())
        .onSuccess(this::install)
        .onFailure(e -> {
          String message = "catalog reload failed; still serving revision " + current.revision();
          if (StoreFault.classify(e) instanceof StoreFault outage) {
            LOG.warning(message + ": " + outage.getMessage());
          } else {
            LOG.log(Level.SEVERE, message, e);
          }
        });
  }

  private synchronized void install(CatalogSnapshot snapshot) {
    if (snapshot.revision() > current.revision()) {
      current = snapshot;
      LOG.info("serving catalog revision " + snapshot.revision());
    }
  }

  private static Future<CatalogSnapshot> lockedCatalog(SqlConnection conn) {
    return conn.query("SELECT revision FROM catalog_state FOR UPDATE").execute().compose(v -> load(conn));
  }

  private static Future<Void> importOrUpgrade(SqlConnection conn, Catalog bundled) {
    return conn.query("LOCK TABLE catalog_state IN EXCLUSIVE MODE").execute()
        .compose(v -> conn.query("SELECT revision FROM catalog_state").execute())
        .compose(rows -> rows.size() == 0 ? importInto(conn, bundled) : upgrade(conn, bundled));
  }

  private static Future<Void> importInto(SqlConnection conn, Catalog bundled) {
    LOG.info("empty database: importing the bundled catalog as revision 1");
    CatalogSnapshot first = CatalogSnapshot.of(bundled, 1, Instant.now());
    return CatalogRows.of(bundled).writeOver(CatalogRows.of(Catalog.EMPTY), conn)
        .compose(w -> recordRevision(conn, first, "system", "import", null, Map.of("source", "bundled catalog")))
        .compose(v -> BundledImports.record(conn, BundledCatalogUpgrade.keys(bundled), first.revision()));
  }

  /**
   * Adds what the bundled catalog holds and the database has not had, as a catalog edit by
   * {@value #BUNDLED_CATALOG} (a new revision, audited and notified like every edit), and records every
   * bundled key the catalog now holds as imported.
   */
  private static Future<Void> upgrade(SqlConnection conn, Catalog bundled) {
    return lockedCatalog(conn).compose(before -> BundledImports.read(conn).compose(imported -> {
      BundledCatalogUpgrade upgrade = BundledCatalogUpgrade.of(before.catalog(), bundled, imported);
      upgrade.skipped().forEach(key -> LOG.warning("bundled catalog: " + key + " not imported: its option already has a tier of its rank"));
      return commit(conn, before, upgrade, BUNDLED_CATALOG).compose(applied -> {
        CatalogSnapshot after = applied.snapshot();
        if (applied.changed()) {
          LOG.info("bundled catalog: " + upgrade.added().size() + " additions imported as revision " + after.revision());
        }
        Set<String> held = BundledCatalogUpgrade.keys(after.catalog());
        List<String> present = BundledCatalogUpgrade.keys(bundled).stream().filter(held::contains).toList();
        return BundledImports.record(conn, present, after.revision());
      });
    }));
  }

  private static Future<Void> recordRevision(SqlConnection conn, CatalogSnapshot snapshot, String actor, String action, String target,
      Object detail) {
    OffsetDateTime at = snapshot.updatedAt().atOffset(ZoneOffset.UTC);
    String upsertState = snapshot.revision() == 1
        ? "INSERT INTO catalog_state (revision, updated_at) VALUES ($1, $2)"
        : "UPDATE catalog_state SET revision = $1, updated_at = $2";
    return conn.preparedQuery(upsertState).execute(Tuple.of(snapshot.revision(), at))
        .compose(v -> conn.preparedQuery(
                "INSERT INTO catalog_change (revision, changed_at, actor, action, target, detail) VALUES ($1, $2, $3, $4, $5, $6)")
            .execute(Tuple.of(snapshot.revision(), at, actor, action, target, PlainJson.json(detail))))
        .compose(v -> conn.preparedQuery("SELECT pg_notify($1, $2)").execute(Tuple.of(CHANNEL, String.valueOf(snapshot.revision()))))
        .mapEmpty();
  }

  /** Reads the whole catalog back through {@link CatalogReader}, so stored data meets the same rules as files. */
  private static Future<CatalogSnapshot> load(SqlClient client) {
    Future<RowSet<Row>> state = client.query("SELECT revision, updated_at FROM catalog_state").execute();
    Future<RowSet<Row>> markets = client.query("SELECT code, name FROM market ORDER BY position").execute();
    Future<RowSet<Row>> workloads = client.query("SELECT code, name FROM workload ORDER BY position").execute();
    Future<RowSet<Row>> associations = client.query("SELECT code, name FROM association_type ORDER BY position").execute();
    Future<RowSet<Row>> credentials = client.query("SELECT code, kind, title, url, issuer, retires_on AS \"retiresOn\","
        + " replaced_by AS \"replacedBy\" FROM credential ORDER BY position").execute();
    Future<RowSet<Row>> authorizations = client.query("SELECT code, name FROM partner_authorization ORDER BY position").execute();
    Future<RowSet<Row>> competencies = client.query("SELECT slug, name, description FROM competency ORDER BY position").execute();
    Future<RowSet<Row>> options = client.query("SELECT competency, slug, name, description FROM competency_option ORDER BY competency, position").execute();
    Future<RowSet<Row>> tiers = client.query("SELECT competency, option, slug, rank, name, requirements FROM tier ORDER BY rank").execute();
    List<Future<RowSet<Row>>> queries = List.of(state, markets, workloads, associations, credentials, authorizations, competencies,
        options, tiers);
    return Future.all(queries).map(all -> {
      Row stateRow = state.result().iterator().next();
      Problems problems = new Problems();
      CatalogReader references = new CatalogReader(Vocabulary.EMPTY);
      List<Term> m = references.terms(new Input(trees(markets.result()), FieldPath.of("market"), problems));
      List<Term> w = references.terms(new Input(trees(workloads.result()), FieldPath.of("workload"), problems));
      List<Term> a = references.terms(new Input(trees(associations.result()), FieldPath.of("association_type"), problems));
      List<Credential> c = references.credentials(new Input(trees(credentials.result()), FieldPath.of("credential"), problems));
      List<Term> z = references.terms(new Input(trees(authorizations.result()), FieldPath.of("partner_authorization"), problems));
      Catalog vocabulary = new Catalog(List.of(), m, w, a, c, z);
      CatalogReader reader = new CatalogReader(Vocabulary.of(vocabulary));
      List<Competency> read = new ArrayList<>();
      for (Map<String, Object> tree : competencyTrees(competencies.result(), options.result(), tiers.result())) {
        Competency competency = reader.competency(new Input(tree, FieldPath.of("competency", tree.get("slug")), problems));
        if (competency != null) {
          read.add(competency);
        }
      }
      if (!problems.isEmpty()) {
        throw new CatalogException(problems.all().stream().map(p -> "database row " + p.path() + ": " + p.code() + " " + p.message()).toList());
      }
      Instant updatedAt = stateRow.getOffsetDateTime("updated_at").toInstant();
      return CatalogSnapshot.of(new Catalog(read, m, w, a, c, z), stateRow.getInteger("revision"), updatedAt);
    });
  }

  private static List<Object> trees(RowSet<Row> rows) {
    List<Object> out = new ArrayList<>();
    for (Row row : rows) {
      Map<String, Object> tree = new LinkedHashMap<>();
      for (int i = 0; i < row.size(); i++) {
        Object value = PlainJson.plain(row.getValue(i));
        if (value != null) {
          tree.put(row.getColumnName(i), value);
        }
      }
      out.add(tree);
    }
    return out;
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> competencyTrees(RowSet<Row> competencies, RowSet<Row> options, RowSet<Row> tiers) {
    Map<String, Map<String, Object>> bySlug = new LinkedHashMap<>();
    for (Object tree : trees(competencies)) {
      Map<String, Object> c = (Map<String, Object>) tree;
      c.put("options", new ArrayList<>());
      bySlug.put((String) c.get("slug"), c);
    }
    Map<String, Map<String, Object>> optionsByKey = new LinkedHashMap<>();
    for (Object tree : trees(options)) {
      Map<String, Object> o = (Map<String, Object>) tree;
      String competency = (String) o.remove("competency");
      o.put("tiers", new ArrayList<>());
      optionsByKey.put(competency + "/" + o.get("slug"), o);
      ((List<Object>) bySlug.get(competency).get("options")).add(o);
    }
    for (Object tree : trees(tiers)) {
      Map<String, Object> t = (Map<String, Object>) tree;
      String key = t.remove("competency") + "/" + t.remove("option");
      ((List<Object>) optionsByKey.get(key).get("tiers")).add(t);
    }
    return new ArrayList<>(bySlug.values());
  }
}
