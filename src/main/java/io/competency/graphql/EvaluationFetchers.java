package io.competency.graphql;

import graphql.execution.DataFetcherResult;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.idl.RuntimeWiring;
import io.competency.catalog.CatalogSnapshot;
import io.competency.input.FieldPath;
import io.competency.catalog.NodeId;
import io.competency.input.Problem;
import io.competency.catalog.Translations;
import io.competency.evaluation.Evaluation;
import io.competency.evaluation.EvaluationRequestReader;
import io.competency.evaluation.Evaluator;
import io.competency.evaluation.Explanations;
import io.competency.evaluation.InputDigest;
import io.competency.evaluation.ReadRequest;
import io.competency.evaluation.RequirementResult;
import io.competency.access.Principal;
import io.competency.access.Role;
import io.competency.store.EvaluationStore;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * The {@code evaluate} mutation and reading evaluations back. An evaluation runs on a worker thread
 * (large partners send tens of thousands of deployments), is stored with its owner, and is visible
 * to that owner only: to anyone else its id reads as null, exactly like an id that does not exist.
 */
public final class EvaluationFetchers implements Consumer<RuntimeWiring.Builder>, NodeLookup {
  /** A {@code clientMutationId} sent again with a different input. */
  public static final String IDEMPOTENCY_CONFLICT = "IDEMPOTENCY_CONFLICT";

  private final Vertx vertx;
  private final EvaluationStore store;
  private final Clock clock;
  private final Evaluator evaluator = new Evaluator();

  public EvaluationFetchers(Vertx vertx, EvaluationStore store, Clock clock) {
    this.vertx = vertx;
    this.store = store;
    this.clock = clock;
  }

  @Override
  public void accept(RuntimeWiring.Builder wiring) {
    wiring.type("Mutation", t -> t.dataFetcher("evaluate", this::evaluate));
    wiring.type("Query", t -> t.dataFetcher("evaluation", env -> find(NodeId.parse(env.getArgument("id")), env)));
    wiring.type("Evaluation", t -> t
        .dataFetcher("id", env -> NodeId.of(NodeId.EVALUATION, env.<Evaluation>getSource().id().toString()).encode())
        .dataFetcher("reference", env -> env.<Evaluation>getSource().request().reference())
        .dataFetcher("createdAt", env -> env.<Evaluation>getSource().createdAt().atOffset(ZoneOffset.UTC))
        .dataFetcher("asOf", env -> env.<Evaluation>getSource().result().asOf())
        .dataFetcher("competency", env -> CatalogFetchers.snapshot(env).competency(env.<Evaluation>getSource().request().competency()))
        .dataFetcher("option", env -> {
          Evaluation e = env.getSource();
          return CatalogFetchers.snapshot(env).option(e.request().competency(), e.request().option());
        })
        .dataFetcher("market", env -> CatalogFetchers.snapshot(env).market(env.<Evaluation>getSource().request().market()))
        .dataFetcher("achievedTier", env -> env.<Evaluation>getSource().result().achievedTier())
        .dataFetcher("nextTier", env -> env.<Evaluation>getSource().result().nextTier())
        .dataFetcher("tiers", env -> DataFetcherResult.newResult()
            .data(env.<Evaluation>getSource().result().tiers())
            .localContext(env.<Evaluation>getSource())
            .build()));
    for (String type : List.of("PerformanceResult", "SkillResult")) {
      wiring.type(type, t -> t.dataFetcher("explanation", this::explanation));
    }
  }

  @Override
  public CompletableFuture<Object> find(NodeId id, DataFetchingEnvironment env) {
    Principal caller = CatalogFetchers.scope(env).principal();
    UUID uuid = id == null || !id.type().equals(NodeId.EVALUATION) ? null : uuid(id.key());
    if (caller == null || caller.role() != Role.INTEGRATOR || uuid == null) {
      return CompletableFuture.completedFuture(null);
    }
    return store.find(uuid, caller.name()).<Object>map(e -> e).toCompletionStage().toCompletableFuture();
  }

  private CompletableFuture<Map<String, Object>> evaluate(DataFetchingEnvironment env) {
    Map<String, Object> input = env.getArgument("input");
    RequestScope scope = CatalogFetchers.scope(env);
    String owner = scope.principal().name();
    String retryKey = (String) input.get("clientMutationId");
    String digest = InputDigest.of(input);
    Future<Evaluation> earlier = retryKey == null ? Future.succeededFuture() : store.findByClientMutationId(owner, retryKey);
    return earlier.compose(first -> {
          if (first != null) {
            return Future.succeededFuture(first.inputDigest().equals(digest) ? payload(first, List.of(), input)
                : payload(null, List.of(conflict()), input));
          }
          // A concurrent request with the same clientMutationId may still win the insert: save() then
          // returns its evaluation, and the digest comparison below decides between retry and conflict.
          return run(scope.snapshot(), input, owner, retryKey, digest);
        })
        .recover(failure -> Future.failedFuture(failure instanceof GraphqlApi.Unavailable ? failure
            : new GraphqlApi.Unavailable("evaluation store failed", failure)))
        .toCompletionStage().toCompletableFuture();
  }

  private Future<Map<String, Object>> run(CatalogSnapshot snapshot, Map<String, Object> input, String owner, String retryKey, String digest) {
    return vertx.<Object>executeBlocking(() -> {
      ReadRequest read = new EvaluationRequestReader(snapshot, clock).read(input, FieldPath.root().field("input"));
      if (!read.ok()) {
        return read.problems();
      }
      var result = evaluator.evaluate(read.option(), read.market().code(), read.request().asOf(), read.request().customers(),
          read.request().individuals());
      return new Evaluation(UUID.randomUUID(), owner, retryKey, digest, snapshot.revision(), clock.instant(), read.request(), result);
    }, false).compose(outcome -> {
      if (outcome instanceof Evaluation evaluation) {
        return store.save(evaluation).map(saved -> saved.inputDigest().equals(digest)
            ? payload(saved, List.of(), input)
            : payload(null, List.of(conflict()), input));
      }
      @SuppressWarnings("unchecked")
      List<Problem> problems = (List<Problem>) outcome;
      return Future.succeededFuture(payload(null, UserErrors.of(problems), input));
    });
  }

  private static Map<String, Object> payload(Evaluation evaluation, List<Map<String, Object>> userErrors, Map<String, Object> input) {
    Map<String, Object> payload = new HashMap<>();
    payload.put("evaluation", evaluation);
    payload.put("userErrors", userErrors);
    payload.put("clientMutationId", input.get("clientMutationId"));
    return payload;
  }

  private static Map<String, Object> conflict() {
    return Map.of("code", IDEMPOTENCY_CONFLICT,
        "message", "this clientMutationId was already used with a different input; use a new clientMutationId for a new evaluation",
        "field", List.of("input", "clientMutationId"));
  }

  /** The explanation in the wanted locale when explanations are written in it, else in English, flagged as fallback. */
  private LocalizedText explanation(DataFetchingEnvironment env) {
    RequirementResult result = env.getSource();
    Evaluation evaluation = evaluationOf(env);
    String wanted = CatalogFetchers.wantedLocale(env);
    String served = Explanations.supports(wanted) ? wanted : Translations.ENGLISH;
    String market = evaluation == null ? null : evaluation.request().market();
    Explanations explanations = Explanations.of(CatalogFetchers.snapshot(env), market == null ? "" : market);
    return new LocalizedText(explanations.explain(result, served), Locale.forLanguageTag(served),
        !served.equals(wanted));
  }

  /** The evaluation a result belongs to, handed down from {@code Evaluation.tiers} as local context. */
  private static Evaluation evaluationOf(DataFetchingEnvironment env) {
    return env.getLocalContext() instanceof Evaluation e ? e : null;
  }

  private static UUID uuid(String text) {
    try {
      return UUID.fromString(text);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
