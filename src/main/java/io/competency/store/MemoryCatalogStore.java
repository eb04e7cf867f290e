package io.competency.store;

import io.competency.catalog.Applied;
import io.competency.catalog.Catalog;
import io.competency.catalog.CatalogEdit;
import io.competency.catalog.CatalogSnapshot;
import io.vertx.core.Future;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The embedded default: the bundled catalog held in memory. Edits work and make revisions, but
 * nothing survives a restart; the server says so at start-up.
 */
public final class MemoryCatalogStore implements CatalogStore {
  private final Clock clock;
  private final List<CatalogChange> audit = new ArrayList<>();
  private volatile CatalogSnapshot current;

  public MemoryCatalogStore(Catalog bundled, Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
    this.current = CatalogSnapshot.of(bundled, 1, clock.instant());
  }

  @Override
  public CatalogSnapshot current() {
    return current;
  }

  @Override
  public synchronized Future<Applied> apply(CatalogEdit edit, String actor) {
    Applied applied = Applied.of(current, edit, clock.instant());
    if (applied.changed()) {
      CatalogSnapshot next = applied.snapshot();
      audit.add(new CatalogChange(next.revision(), next.updatedAt(), actor, edit.action(), applied.outcome().target(), edit.detail()));
      current = next;
    }
    return Future.succeededFuture(applied);
  }

  /** The in-memory audit trail, oldest first. */
  public synchronized List<CatalogChange> audit() {
    return List.copyOf(audit);
  }

  @Override
  public synchronized Future<List<CatalogChange>> changes(int limit) {
    List<CatalogChange> newestFirst = new ArrayList<>(audit);
    java.util.Collections.reverse(newestFirst);
    return Future.succeededFuture(List.copyOf(newestFirst.subList(0, Math.min(limit, newestFirst.size()))));
  }

  @Override
  public Future<Void> ping() {
    return Future.succeededFuture();
  }

  @Override
  public Future<Void> close() {
    return Future.succeededFuture();
  }

}
