package io.competency.store;

import io.competency.catalog.Applied;
import io.competency.catalog.CatalogEdit;
import io.competency.catalog.CatalogSnapshot;
import io.vertx.core.Future;

/**
 * Where the catalog lives. Reads go to {@link #current()}, an in-memory snapshot that never waits on
 * I/O; edits are committed atomically, make a new revision and are recorded in the audit trail.
 * Operations that fail because of the database fail with a {@link StoreFault}.
 */
public interface CatalogStore {

  /** The newest snapshot this server has. */
  CatalogSnapshot current();

  /**
   * Applies {@code edit} to the catalog as committed, on behalf of {@code actor}, by {@link Applied#of}:
   * a rejected edit, or one that changes nothing, writes nothing and leaves the revision as it is.
   * An edit that throws fails the future with its exception, and nothing is written.
   */
  Future<Applied> apply(CatalogEdit edit, String actor);

  /** The audit trail, newest first, at most {@code limit} entries. */
  Future<java.util.List<CatalogChange>> changes(int limit);

  /** Succeeds when the store can serve and commit (for {@code /ready}). */
  Future<Void> ping();

  Future<Void> close();
}
