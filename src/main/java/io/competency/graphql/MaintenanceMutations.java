package io.competency.graphql;

import graphql.schema.DataFetcher;
import graphql.schema.idl.RuntimeWiring;
import io.competency.catalog.CatalogEdit;
import io.competency.catalog.CatalogEdits;
import io.competency.maintenance.CatalogMaintenance;
import io.competency.store.CatalogChange;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The catalog maintenance mutations. Each names the {@link CatalogEdit} its input makes and hands both
 * to {@link CatalogMaintenance}; the payload carries the changed object, or the {@code userErrors} that
 * stopped it with nothing written. Authorization (maintainer role) has already happened in the HTTP layer.
 */
public final class MaintenanceMutations implements Consumer<RuntimeWiring.Builder> {
  private final CatalogMaintenance maintenance;

  public MaintenanceMutations(CatalogMaintenance maintenance) {
    this.maintenance = maintenance;
  }

  @Override
  public void accept(RuntimeWiring.Builder wiring) {
    wiring.type("Mutation", t -> t
        .dataFetcher("addTier", mutation(CatalogEdits::addTier, "tier"))
        .dataFetcher("updateTier", mutation(CatalogEdits::updateTier, "tier"))
        .dataFetcher("removeTier", mutation(CatalogEdits::removeTier, "removedTierId"))
        .dataFetcher("addCompetency", mutation(CatalogEdits::addCompetency, "competency"))
        .dataFetcher("addOption", mutation(CatalogEdits::addOption, "option"))
        .dataFetcher("addCredential", mutation(CatalogEdits::addCredential, "credential"))
        .dataFetcher("addWorkload", mutation(CatalogEdits::addWorkload, "workload"))
        .dataFetcher("addAuthorization", mutation(CatalogEdits::addAuthorization, "authorization"))
        .dataFetcher("setTranslation", mutation(CatalogEdits::setTranslation, "node")));
    wiring.type("Query", t -> t.dataFetcher("catalogChanges", env -> {
      Integer first = env.getArgument("first");
      int limit = Math.max(0, Math.min(first == null ? 20 : first, 100));
      return maintenance.changes(limit).toCompletionStage().toCompletableFuture();
    }));
    wiring.type("CatalogChange", t -> t
        .dataFetcher("changedAt", env -> env.<CatalogChange>getSource().at().atOffset(java.time.ZoneOffset.UTC))
        .dataFetcher("input", env -> env.<CatalogChange>getSource().detail()));
  }

  private DataFetcher<CompletableFuture<Map<String, Object>>> mutation(Function<Map<String, Object>, CatalogEdit> edit,
      String resultField) {
    return env -> {
      Map<String, Object> input = env.getArgument("input");
      RequestScope scope = CatalogFetchers.scope(env);
      return maintenance.apply(input, edit, scope.principal().name())
          .map(applied -> {
            scope.advance(applied.snapshot());
            return UserErrors.payload(resultField, applied.outcome().result(), applied.outcome().problems(), input);
          })
          .toCompletionStage().toCompletableFuture();
    };
  }
}
