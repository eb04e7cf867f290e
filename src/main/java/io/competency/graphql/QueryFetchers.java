package io.competency.graphql;

import graphql.GraphqlErrorBuilder;
import graphql.execution.DataFetcherResult;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.idl.RuntimeWiring;
import io.competency.catalog.CatalogSnapshot;
import io.competency.catalog.Competency;
import io.competency.catalog.NodeId;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/** The catalog fields of {@code Query}. */
final class QueryFetchers {
  static final int DEFAULT_PAGE = 20;
  static final int MAX_PAGE = 100;

  private QueryFetchers() {
  }

  static void wire(RuntimeWiring.Builder wiring, NodeLookup otherNodes) {
    wiring.type("Query", t -> t
        .dataFetcher("node", env -> node(env, otherNodes))
        .dataFetcher("competencies", QueryFetchers::competencies)
        .dataFetcher("competency", env -> snapshot(env).competency(env.getArgument("slug")))
        .dataFetcher("credentials", env -> snapshot(env).catalog().credentials())
        .dataFetcher("credential", env -> snapshot(env).credential(env.getArgument("code")))
        .dataFetcher("markets", env -> snapshot(env).catalog().markets())
        .dataFetcher("workloads", env -> snapshot(env).catalog().workloads())
        .dataFetcher("associationTypes", env -> snapshot(env).catalog().associationTypes())
        .dataFetcher("authorizations", env -> snapshot(env).catalog().authorizations())
        .dataFetcher("catalog", QueryFetchers::snapshot));
  }

  private static CatalogSnapshot snapshot(DataFetchingEnvironment env) {
    return CatalogFetchers.snapshot(env);
  }

  private static CompletableFuture<Object> node(DataFetchingEnvironment env, NodeLookup otherNodes) {
    NodeId id = NodeId.parse(env.getArgument("id"));
    if (id == null) {
      return CompletableFuture.completedFuture(null);
    }
    Object catalogNode = snapshot(env).node(id);
    return catalogNode != null ? CompletableFuture.completedFuture(catalogNode) : otherNodes.find(id, env);
  }

  private static Object competencies(DataFetchingEnvironment env) {
    Integer first = env.getArgument("first");
    String after = env.getArgument("after");
    if (first != null && (first < 0 || first > MAX_PAGE)) {
      return badRequest(env, "first must be between 0 and " + MAX_PAGE + " (got " + first + ")");
    }
    List<Competency> all = snapshot(env).competencies();
    int start = 0;
    if (after != null) {
      int index = indexOf(all, decodeCursor(after));
      if (index < 0) {
        return badRequest(env, "after is not a cursor of this connection, or its competency no longer exists");
      }
      start = index + 1;
    }
    int end = Math.min(all.size(), start + (first == null ? DEFAULT_PAGE : first));
    List<Map<String, Object>> edges = new ArrayList<>();
    for (Competency c : all.subList(start, end)) {
      edges.add(Map.of("cursor", encodeCursor(c.slug()), "node", c));
    }
    Map<String, Object> pageInfo = new java.util.HashMap<>();
    pageInfo.put("hasNextPage", end < all.size());
    pageInfo.put("hasPreviousPage", start > 0);
    pageInfo.put("startCursor", edges.isEmpty() ? null : edges.get(0).get("cursor"));
    pageInfo.put("endCursor", edges.isEmpty() ? null : edges.get(edges.size() - 1).get("cursor"));
    return Map.of("edges", edges, "pageInfo", pageInfo, "totalCount", all.size());
  }

  private static Object badRequest(DataFetchingEnvironment env, String message) {
    return DataFetcherResult.newResult()
        .error(GraphqlErrorBuilder.newError(env).message(message).errorType(ErrorCode.BAD_USER_INPUT)
            .extensions(Map.of("code", ErrorCode.BAD_USER_INPUT.name())).build())
        .build();
  }

  private static int indexOf(List<Competency> all, String slug) {
    for (int i = 0; i < all.size(); i++) {
      if (all.get(i).slug().equals(slug)) {
        return i;
      }
    }
    return -1;
  }

  private static String encodeCursor(String slug) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(("competency:" + slug).getBytes(StandardCharsets.UTF_8));
  }

  private static String decodeCursor(String cursor) {
    try {
      String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
      return text.startsWith("competency:") ? text.substring("competency:".length()) : null;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
