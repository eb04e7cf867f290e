package io.competency.graphql;

import graphql.schema.DataFetchingEnvironment;
import io.competency.catalog.NodeId;
import java.util.concurrent.CompletableFuture;

/** Resolves node ids of types other than the catalog's own (evaluations); completes with null when unknown. */
public interface NodeLookup {
  CompletableFuture<Object> find(NodeId id, DataFetchingEnvironment env);
}
