package io.competency.http;

import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import io.competency.catalog.CatalogSnapshot;
import io.competency.catalog.Translations;
import io.competency.config.Config;
import io.competency.graphql.ErrorCode;
import io.competency.graphql.GraphqlApi;
import io.competency.graphql.Localization;
import io.competency.graphql.RequestScope;
import io.competency.store.CatalogStore;
import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.Json;
import io.vertx.ext.web.RoutingContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code /graphql} over HTTP: JSON POST for everything, GET for queries only. Before anything runs it
 * resolves persisted queries, applies the size limit, fetches the parsed and validated document from
 * the cache, refuses mutations over GET, and authenticates and authorizes mutations, so that a refused
 * request has no effect at all. Catalog-only queries are answered from a response cache.
 */
final class GraphqlHandler implements Handler<RoutingContext> {
  /** Query fields that read only the catalog: their answers are public and cacheable per revision. */
  /** Query fields for maintainers only. */
  private static final Set<String> MAINTAINER_QUERIES = Set.of("catalogChanges");

  private static final Set<String> CATALOG_FIELDS = Set.of("competencies", "competency", "credentials", "credential",
      "markets", "workloads", "associationTypes", "catalog", "__schema", "__type", "__typename");

  /**
   * Bodies above this size (a large evaluation's data) are decoded and run on a worker thread: their
   * JSON decoding and variable coercion take long enough to stall other requests on the event loop.
   */
  private static final int HEAVY_BODY_BYTES = 256 * 1024;

  private final GraphqlApi api;
  private final CatalogStore store;
  private final Authenticator authenticator;
  private final Config config;
  private final ResponseCache responses = new ResponseCache(2_000);
  private final Map<String, String> persistedQueries = Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
      return size() > 1_000;
    }
  });

  GraphqlHandler(GraphqlApi api, CatalogStore store, Authenticator authenticator, Config config) {
    this.api = api;
    this.store = store;
    this.authenticator = authenticator;
    this.config = config;
  }

  @Override
  public void handle(RoutingContext ctx) {
    boolean heavy = ctx.body() != null && ctx.body().length() > HEAVY_BODY_BYTES;
    if (heavy) {
      ctx.vertx().executeBlocking(() -> {
        runOrRefuse(ctx);
        return null;
      }, false);
    } else {
      runOrRefuse(ctx);
    }
  }

  private void runOrRefuse(RoutingContext ctx) {
    try {
      run(ctx);
    } catch (HttpProblem p) {
      Responses.error(ctx, p.status, p.code, p.getMessage());
    }
  }

  private void run(RoutingContext ctx) {
    GraphqlRequest request = ctx.request().method() == HttpMethod.GET ? fromQueryString(ctx) : fromBody(ctx);
    String query = resolvePersisted(request);
    if (query.length() > config.maxQueryChars()) {
      throw new HttpProblem(413, ErrorCode.QUERY_TOO_LARGE,
          "the query has " + query.length() + " characters; the limit is " + config.maxQueryChars() + " (use variables for data)");
    }
    CatalogSnapshot snapshot = store.current();
    String locale = Localization.negotiate(ctx.request().getHeader("Accept-Language"), snapshot.locales());
    ctx.response().putHeader("Content-Language", snapshot.locales().contains(locale) ? locale : Translations.ENGLISH);
    PreparsedDocumentEntry entry = api.documents().get(query);
    if (request.persistedHash() != null && request.query() != null && !entry.hasErrors()) {
      persistedQueries.put(request.persistedHash(), query);
    }
    if (entry.hasErrors()) {
      respond(ctx, ExecutionResult.newExecutionResult().errors(codedErrors(entry.getErrors())).build(), null);
      return;
    }
    OperationDefinition operation = operation(entry.getDocument(), request.operationName());
    if (operation == null) {
      throw new HttpProblem(400, ErrorCode.BAD_REQUEST, request.operationName() == null
          ? "the document has several operations: say which with operationName"
          : "the document has no operation named '" + request.operationName() + "'");
    }
    boolean mutation = operation.getOperation() == OperationDefinition.Operation.MUTATION;
    if (mutation && ctx.request().method() == HttpMethod.GET) {
      ctx.response().putHeader("Allow", "POST");
      throw new HttpProblem(405, ErrorCode.METHOD_NOT_ALLOWED, "mutations must be sent with POST");
    }
    if (operation.getOperation() == OperationDefinition.Operation.SUBSCRIPTION) {
      throw new HttpProblem(400, ErrorCode.BAD_REQUEST, "subscriptions are not supported");
    }
    Set<String> fields = topLevelFields(operation.getSelectionSet(), entry.getDocument());
    boolean catalogOnly = !mutation && CATALOG_FIELDS.containsAll(fields);
    ResponseCache.Key key = catalogOnly
        ? new ResponseCache.Key(snapshot.revision(), locale, query, request.operationName(), Json.encode(request.variables()))
        : null;
    Buffer cached = key == null ? null : responses.get(key);
    if (cached != null) {
      Responses.send(ctx, 200, cached);
      return;
    }
    boolean keyRequired = mutation || fields.stream().anyMatch(MAINTAINER_QUERIES::contains);
    Future<Principal> caller = catalogOnly ? Future.succeededFuture() : authenticate(ctx, keyRequired);
    caller.compose(principal -> {
          authorize(principal, mutation, fields);
          RequestScope scope = new RequestScope(snapshot, principal, locale);
          return Future.fromCompletionStage(api.execute(query, request.operationName(), request.variables(), scope), ctx.vertx().getOrCreateContext());
        })
        .onSuccess(result -> respond(ctx, result, result.getErrors().isEmpty() ? key : null))
        .onFailure(failure -> {
          if (failure instanceof HttpProblem p) {
            if (p.status == 401) {
              ctx.response().putHeader("WWW-Authenticate", "Bearer");
            }
            Responses.error(ctx, p.status, p.code, p.getMessage());
          } else {
            ctx.fail(failure);
          }
        });
  }

  private void respond(RoutingContext ctx, ExecutionResult result, ResponseCache.Key cacheKey) {
    Buffer body = Buffer.buffer(Json.encode(result.toSpecification()));
    if (cacheKey != null) {
      responses.put(cacheKey, body);
    }
    Responses.send(ctx, 200, body);
  }

  private static List<GraphQLError> codedErrors(List<? extends GraphQLError> errors) {
    return GraphqlApi.withCodes(ExecutionResult.newExecutionResult().errors(new ArrayList<>(errors)).build()).getErrors();
  }

  private Future<Principal> authenticate(RoutingContext ctx, boolean required) {
    String header = ctx.request().getHeader("Authorization");
    if (header == null || header.isBlank()) {
      return required
          ? Future.failedFuture(new HttpProblem(401, ErrorCode.UNAUTHENTICATED, "this operation needs an API key: send Authorization: Bearer <key>"))
          : Future.succeededFuture();
    }
    if (!header.regionMatches(true, 0, "Bearer ", 0, 7) || header.length() <= 7) {
      return Future.failedFuture(new HttpProblem(401, ErrorCode.UNAUTHENTICATED, "the Authorization header must be 'Bearer <key>'"));
    }
    return authenticator.authenticate(header.substring(7).trim())
        .recover(e -> Future.failedFuture(new HttpProblem(503, ErrorCode.UNAVAILABLE, "cannot check the API key now; retry later")))
        .compose(p -> p != null ? Future.succeededFuture(p)
            : Future.failedFuture(new HttpProblem(401, ErrorCode.UNAUTHENTICATED, "the API key is unknown or revoked")));
  }

  /**
   * Every mutation field needs its role ({@code evaluate} an integrator, the rest a maintainer), and so
   * do the maintainers' queries; other queries need none.
   */
  private static void authorize(Principal principal, boolean mutation, Set<String> fields) {
    for (String field : fields) {
      Role needed = !mutation ? (MAINTAINER_QUERIES.contains(field) ? Role.MAINTAINER : null)
          : field.equals("evaluate") ? Role.INTEGRATOR
          : field.equals("__typename") ? null
          : Role.MAINTAINER;
      if (needed != null && principal.role() != needed) {
        throw new HttpProblem(403, ErrorCode.FORBIDDEN,
            "'" + field + "' needs " + needed.withArticle() + " key; key '" + principal.name() + "' is " + principal.role().withArticle() + " key");
      }
    }
  }

  private String resolvePersisted(GraphqlRequest request) {
    String hash = request.persistedHash();
    if (hash == null) {
      if (request.query() == null || request.query().isBlank()) {
        throw new HttpProblem(400, ErrorCode.BAD_REQUEST, "the request has no query");
      }
      return request.query();
    }
    if (request.query() == null) {
      String known = persistedQueries.get(hash);
      if (known == null) {
        throw new HttpProblem(200, ErrorCode.PERSISTED_QUERY_NOT_FOUND, "PersistedQueryNotFound");
      }
      return known;
    }
    if (!sha256(request.query()).equalsIgnoreCase(hash)) {
      throw new HttpProblem(400, ErrorCode.PERSISTED_QUERY_HASH_MISMATCH, "the query does not match its sha256Hash");
    }
    return request.query();
  }

  private static GraphqlRequest fromBody(RoutingContext ctx) {
    String type = ctx.request().getHeader("Content-Type");
    if (type == null || !type.split(";", 2)[0].trim().equalsIgnoreCase("application/json")) {
      throw new HttpProblem(415, ErrorCode.UNSUPPORTED_MEDIA_TYPE, "POST a JSON body with Content-Type: application/json");
    }
    Buffer body = ctx.body().buffer();
    if (body == null || body.length() == 0) {
      throw new HttpProblem(400, ErrorCode.BAD_REQUEST, "the request body is empty");
    }
    Map<?, ?> object = decode(body.toString(StandardCharsets.UTF_8), "the body");
    return request(object.get("query"), object.get("operationName"), object.get("variables"), object.get("extensions"));
  }

  private static GraphqlRequest fromQueryString(RoutingContext ctx) {
    var params = ctx.request().params();
    return request(params.get("query"), params.get("operationName"), decodeParam(params.get("variables"), "variables"),
        decodeParam(params.get("extensions"), "extensions"));
  }

  private static Object decodeParam(String value, String name) {
    return value == null || value.isBlank() ? null : decode(value, name);
  }

  /** A JSON object decoded straight to plain maps and lists, as graphql-java takes variables. */
  private static Map<?, ?> decode(String json, String what) {
    if (!json.stripLeading().startsWith("{")) {
      throw new HttpProblem(400, ErrorCode.BAD_REQUEST, what + " must be a JSON object");
    }
    try {
      return Json.CODEC.fromString(json, Map.class);
    } catch (DecodeException e) {
      throw new HttpProblem(400, ErrorCode.BAD_REQUEST, what + " is not valid JSON");
    }
  }

  @SuppressWarnings("unchecked")
  private static GraphqlRequest request(Object query, Object operationName, Object variables, Object extensions) {
    if (query != null && !(query instanceof String)) {
      throw new HttpProblem(400, ErrorCode.BAD_REQUEST, "query must be a string");
    }
    if (operationName != null && !(operationName instanceof String)) {
      throw new HttpProblem(400, ErrorCode.BAD_REQUEST, "operationName must be a string");
    }
    if (variables != null && !(variables instanceof Map<?, ?>)) {
      throw new HttpProblem(400, ErrorCode.BAD_REQUEST, "variables must be a JSON object");
    }
    if (extensions != null && !(extensions instanceof Map<?, ?>)) {
      throw new HttpProblem(400, ErrorCode.BAD_REQUEST, "extensions must be a JSON object");
    }
    String hash = null;
    if (extensions instanceof Map<?, ?> ext && ext.get("persistedQuery") instanceof Map<?, ?> pq) {
      if (!(pq.get("sha256Hash") instanceof String h) || !h.matches("[0-9a-fA-F]{64}")) {
        throw new HttpProblem(400, ErrorCode.BAD_REQUEST, "extensions.persistedQuery.sha256Hash must be a SHA-256 hex digest");
      }
      hash = h.toLowerCase(java.util.Locale.ROOT);
    }
    Map<String, Object> vars = variables == null ? Map.of() : (Map<String, Object>) variables;
    return new GraphqlRequest((String) query, (String) operationName, vars, hash);
  }

  private static OperationDefinition operation(Document document, String name) {
    List<OperationDefinition> operations = document.getDefinitionsOfType(OperationDefinition.class);
    if (name == null) {
      return operations.size() == 1 ? operations.get(0) : null;
    }
    return operations.stream().filter(o -> name.equals(o.getName())).findFirst().orElse(null);
  }

  /** The names of the fields an operation selects at its top level, through fragments. */
  private static Set<String> topLevelFields(SelectionSet set, Document document) {
    Set<String> names = new HashSet<>();
    collect(set, document, names, new HashSet<>());
    return names;
  }

  private static void collect(SelectionSet set, Document document, Set<String> names, Set<String> seenFragments) {
    for (Selection<?> selection : set.getSelections()) {
      if (selection instanceof Field field) {
        names.add(field.getName());
      } else if (selection instanceof InlineFragment inline) {
        collect(inline.getSelectionSet(), document, names, seenFragments);
      } else if (selection instanceof FragmentSpread spread && seenFragments.add(spread.getName())) {
        document.getDefinitionsOfType(FragmentDefinition.class).stream()
            .filter(f -> f.getName().equals(spread.getName()))
            .findFirst()
            .ifPresent(f -> collect(f.getSelectionSet(), document, names, seenFragments));
      }
    }
  }

  static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
