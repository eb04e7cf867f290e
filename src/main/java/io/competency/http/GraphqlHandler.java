package io.competency.http;

import io.competency.access.Authenticator;
import io.competency.access.Principal;
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
import io.competency.telemetry.Telemetry;
import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.Json;
import io.vertx.ext.web.RoutingContext;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code /graphql} over HTTP: JSON POST for everything, GET for queries only. Before anything runs it
 * resolves persisted queries, applies the size limit, fetches the parsed and validated document from
 * the cache, refuses mutations over GET, and authenticates and authorizes mutations, so that a refused
 * request has no effect at all. Catalog-only queries are answered from a response cache, else run
 * along their compiled plan ({@link GraphqlApi#executeCompiled}) when they have one.
 */
final class GraphqlHandler implements Handler<RoutingContext> {
  /** Query fields that read only the catalog: their answers are public and cacheable per revision. */
  private static final Set<String> CATALOG_FIELDS = Set.of("competencies", "competency", "credentials", "credential",
      "markets", "workloads", "associationTypes", "catalog", "__schema", "__type", "__typename");

  /**
   * Bodies above this size (a large evaluation's data) are decoded and run on a worker thread: their
   * JSON decoding and variable coercion take long enough to stall other requests on the event loop.
   */
  private static final int HEAVY_BODY_BYTES = 256 * 1024;

  private final GraphqlApi api;
  private final CatalogStore store;
  private final Config config;
  private final ResponseCache responses = new ResponseCache(2_000);
  private final PersistedQueries persistedQueries = new PersistedQueries(1_000);
  private final Access access;
  private final HttpCaching caching;

  GraphqlHandler(GraphqlApi api, CatalogStore store, Authenticator authenticator, Config config, Telemetry telemetry) {
    this.api = api;
    this.store = store;
    this.access = new Access(authenticator);
    this.config = config;
    this.caching = new HttpCaching(config.httpCacheMaxAgeSeconds());
    responses.monitor(telemetry);
    persistedQueries.monitor(telemetry);
    api.documents().monitor(telemetry);
  }

  @Override
  public void handle(RoutingContext ctx) {
    MediaType type = MediaType.negotiate(ctx.request().getHeader("Accept"));
    if (type == null) {
      refuse(ctx, new HttpProblem(406, ErrorCode.NOT_ACCEPTABLE,
          "the response is application/graphql-response+json or application/json; accept one of them"));
      return;
    }
    ctx.put(Responses.MEDIA_TYPE, type);
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
      refuse(ctx, p);
    }
  }

  private static void refuse(RoutingContext ctx, HttpProblem p) {
    if (p.status == 401) {
      ctx.response().putHeader("WWW-Authenticate", "Bearer");
    }
    ctx.put(RequestObserver.OUTCOME, p.code.name());
    Responses.error(ctx, p.status, p.code, p.getMessage());
  }

  private void run(RoutingContext ctx) {
    GraphqlRequest request = ctx.request().method() == HttpMethod.POST ? GraphqlRequest.fromBody(ctx) : GraphqlRequest.fromQueryString(ctx);
    String query = persistedQueries.resolve(request);
    if (query.length() > config.maxQueryChars()) {
      throw new HttpProblem(413, ErrorCode.QUERY_TOO_LARGE,
          "the query has " + query.length() + " characters; the limit is " + config.maxQueryChars() + " (use variables for data)");
    }
    CatalogSnapshot snapshot = store.current();
    String locale = Localization.negotiate(ctx.request().getHeader("Accept-Language"), snapshot.locales());
    ctx.response().putHeader("Content-Language", snapshot.locales().contains(locale) ? locale : Translations.ENGLISH);
    PreparsedDocumentEntry entry = api.documents().get(query);
    if (!entry.hasErrors()) {
      persistedQueries.register(request);
    }
    if (entry.hasErrors()) {
      respond(ctx, ExecutionResult.newExecutionResult().errors(codedErrors(entry.getErrors())).build(), null, null);
      return;
    }
    OperationDefinition operation = operation(entry.getDocument(), request.operationName());
    if (operation == null) {
      throw new HttpProblem(400, ErrorCode.BAD_REQUEST, request.operationName() == null
          ? "the document has several operations: say which with operationName"
          : "the document has no operation named '" + request.operationName() + "'");
    }
    ctx.put(RequestObserver.OPERATION_TYPE, operation.getOperation().name().toLowerCase(java.util.Locale.ROOT));
    ctx.put(RequestObserver.OPERATION_NAME, operation.getName());
    boolean mutation = operation.getOperation() == OperationDefinition.Operation.MUTATION;
    if (mutation && ctx.request().method() != HttpMethod.POST) {
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
    String etag = catalogOnly && ctx.request().method() != HttpMethod.POST
        ? HttpCaching.etag(snapshot.revision(), locale, ctx.get(Responses.MEDIA_TYPE), query, request.operationName(), key.variables())
        : null;
    if (etag != null && HttpCaching.matches(ctx.request().getHeader("If-None-Match"), etag)) {
      ctx.put(RequestObserver.OUTCOME, "OK");
      caching.notModified(ctx.response(), etag);
      return;
    }
    Buffer cached = key == null ? null : responses.get(key);
    if (cached != null) {
      ctx.put(RequestObserver.OUTCOME, "OK");
      if (etag != null) {
        caching.cacheable(ctx.response(), etag);
      }
      Responses.send(ctx, 200, cached);
      return;
    }
    if (catalogOnly) {
      byte[] compiled = api.executeCompiled(entry.getDocument(), operation, request.variables(), new RequestScope(snapshot, null, locale));
      if (compiled != null) {
        ctx.put(RequestObserver.OUTCOME, "OK");
        Buffer body = Buffer.buffer(compiled);
        responses.put(key, body);
        if (etag != null) {
          caching.cacheable(ctx.response(), etag);
        }
        Responses.send(ctx, 200, body);
        return;
      }
    }
    Future<Principal> caller = catalogOnly ? Future.succeededFuture() : access.authenticate(ctx, Access.needsKey(mutation, fields));
    caller.compose(principal -> {
          Access.authorize(principal, mutation, fields);
          RequestScope scope = new RequestScope(snapshot, principal, locale);
          return Future.fromCompletionStage(api.execute(query, request.operationName(), request.variables(), scope), ctx.vertx().getOrCreateContext());
        })
        .onSuccess(result -> respond(ctx, result, result.getErrors().isEmpty() ? key : null, result.getErrors().isEmpty() ? etag : null))
        .onFailure(failure -> {
          if (failure instanceof HttpProblem p) {
            refuse(ctx, p);
          } else {
            ctx.put(RequestObserver.OUTCOME, ErrorCode.INTERNAL.name());
            ctx.fail(failure);
          }
        });
  }

  /**
   * Sends a GraphQL result. As {@code application/graphql-response+json}, a result without data (the
   * document did not parse or validate, or the variables did not coerce: nothing ran) is a 400; as
   * {@code application/json}, every GraphQL result is a 200.
   */
  private void respond(RoutingContext ctx, ExecutionResult result, ResponseCache.Key cacheKey, String etag) {
    ctx.put(RequestObserver.OUTCOME, result.getErrors().isEmpty() ? "OK" : codeOf(result.getErrors().get(0)));
    Buffer body = Buffer.buffer(Json.encode(result.toSpecification()));
    if (cacheKey != null) {
      responses.put(cacheKey, body);
    }
    if (etag != null) {
      caching.cacheable(ctx.response(), etag);
    }
    boolean nothingRan = !result.isDataPresent();
    Responses.send(ctx, nothingRan && ctx.get(Responses.MEDIA_TYPE) == MediaType.GRAPHQL_RESPONSE ? 400 : 200, body);
  }

  private static String codeOf(GraphQLError error) {
    Object code = error.getExtensions() == null ? null : error.getExtensions().get("code");
    return code == null ? ErrorCode.INTERNAL.name() : code.toString();
  }

  private static List<GraphQLError> codedErrors(List<? extends GraphQLError> errors) {
    return GraphqlApi.withCodes(ExecutionResult.newExecutionResult().errors(new ArrayList<>(errors)).build()).getErrors();
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


}
