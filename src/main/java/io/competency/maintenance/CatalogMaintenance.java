package io.competency.maintenance;

import io.competency.catalog.Applied;
import io.competency.catalog.CatalogEdit;
import io.competency.input.FieldPath;
import io.competency.input.Problem;
import io.competency.store.CatalogChange;
import io.competency.store.CatalogStore;
import io.competency.store.StorableInput;
import io.vertx.core.Future;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * The maintainers' use case: a catalog edit made from a mutation's input, checked against what the
 * store can keep, then committed by the store atomically as a new revision (or rejected with its
 * problems and nothing written); and the audit trail. Failures are left as they arose: a
 * {@link io.competency.store.StoreFault} from the store, an edit's own exception from a bug in it.
 */
public final class CatalogMaintenance {
  private static final FieldPath INPUT = FieldPath.root().field("input");

  private final CatalogStore store;

  public CatalogMaintenance(CatalogStore store) {
    this.store = Objects.requireNonNull(store, "store");
  }

  /** Applies the edit {@code edit} makes of {@code input} (the mutation's {@code input} argument) for {@code actor}. */
  public Future<Applied> apply(Map<String, Object> input, Function<Map<String, Object>, CatalogEdit> edit, String actor) {
    List<Problem> unstorable = StorableInput.problems(input, INPUT);
    if (!unstorable.isEmpty()) {
      return Future.succeededFuture(Applied.rejected(unstorable, store.current()));
    }
    return Future.succeededFuture(input).compose(in -> store.apply(edit.apply(in), actor));
  }

  /** The audit trail, newest first, at most {@code limit} entries. */
  public Future<List<CatalogChange>> changes(int limit) {
    return store.changes(limit);
  }
}
