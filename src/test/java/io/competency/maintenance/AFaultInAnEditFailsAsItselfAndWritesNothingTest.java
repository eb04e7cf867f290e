package io.competency.maintenance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.competency.catalog.Catalog;
import io.competency.catalog.CatalogEdit;
import io.competency.catalog.CatalogLoader;
import io.competency.catalog.Outcome;
import io.competency.store.CatalogStore;
import io.competency.store.Database;
import io.competency.store.MemoryCatalogStore;
import io.competency.store.PgCatalogStore;
import io.competency.support.TestDatabase;
import io.vertx.core.Vertx;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A bug in an edit (it throws) fails the maintenance use case with that very exception, not as an
 * outage, so that it is reported as internal and logged; the catalog keeps its revision and, in
 * PostgreSQL, the transaction leaves nothing behind. The faulty edit is handed to the use case as the
 * edit its input makes.
 */
class AFaultInAnEditFailsAsItselfAndWritesNothingTest {
  private static final Catalog BUNDLED = CatalogLoader.load(Path.of("catalog"));

  private final IllegalStateException bug = new IllegalStateException("a bug in an edit");
  private final CatalogEdit faulty = new CatalogEdit() {
    @Override
    public Outcome apply(Catalog current) {
      throw bug;
    }

    @Override
    public String action() {
      return "addTier";
    }

    @Override
    public Object detail() {
      return Map.of();
    }
  };

  @Test
  void inMemory() {
    failsAsTheBugAndKeepsTheRevision(new MemoryCatalogStore(BUNDLED, Clock.systemUTC()));
  }

  @Test
  void inPostgresql() {
    Vertx vertx = Vertx.vertx();
    try (TestDatabase db = TestDatabase.create()) {
      CatalogStore store = Database.open(vertx, db.url()).compose(d -> PgCatalogStore.open(vertx, d, BUNDLED)).await();
      try {
        failsAsTheBugAndKeepsTheRevision(store);
        assertEquals(1L, db.value("SELECT count(*) FROM catalog_change"), "only the import is in the audit trail");
        assertEquals(1, db.value("SELECT revision FROM catalog_state"));
      } finally {
        store.close().await();
      }
    } finally {
      vertx.close().await();
    }
  }

  private void failsAsTheBugAndKeepsTheRevision(CatalogStore store) {
    int revision = store.current().revision();
    CatalogMaintenance maintenance = new CatalogMaintenance(store);

    RuntimeException failure = assertThrows(RuntimeException.class,
        () -> maintenance.apply(Map.of("slug", "platinum"), input -> faulty, "ops").await());

    assertSame(bug, failure);
    assertEquals(revision, store.current().revision());
  }
}
