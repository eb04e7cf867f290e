package io.competency.evaluatemutation;

import static io.competency.evaluatemutation.Partner.DELEGATED;
import static io.competency.evaluatemutation.Partner.DEVELOPED;
import static io.competency.evaluatemutation.Partner.EXCHANGE;
import static io.competency.evaluatemutation.Partner.MCSA;
import static io.competency.evaluatemutation.Partner.deployment;
import static io.competency.support.TestKeys.INTEGRATOR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import graphql.ExecutionResult;
import graphql.GraphQLError;
import io.competency.access.Principal;
import io.competency.access.Role;
import io.competency.catalog.CatalogLoader;
import io.competency.catalog.CatalogSnapshot;
import io.competency.evaluate.Evaluations;
import io.competency.graphql.EvaluationFetchers;
import io.competency.graphql.GraphqlApi;
import io.competency.graphql.QueryLimits;
import io.competency.graphql.RequestScope;
import io.competency.store.MemoryEvaluationStore;
import io.competency.support.Documents;
import io.competency.support.LogCapture;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A bug in the rules engine is not an outage: {@code evaluate} answers a top-level {@code INTERNAL}
 * error (no internals shown), the operator finds the exception with its stack trace in the log (one
 * error line, as collected), and nothing is stored. The engine that fails is handed to the use case
 * through its constructor.
 */
class AFaultInTheRulesEngineIsInternalAndLoggedTest {
  private final IllegalStateException bug = new IllegalStateException("a bug in the rules engine");
  private Vertx vertx;

  @BeforeEach
  void start() {
    vertx = Vertx.vertx();
  }

  @AfterEach
  void stop() {
    vertx.close().await();
  }

  @Test
  void evaluateAnswersInternalTheStackTraceIsLoggedAndNothingIsStored() throws Exception {
    MemoryEvaluationStore store = new MemoryEvaluationStore(100);
    EvaluationFetchers fetchers = new EvaluationFetchers(new Evaluations(vertx, store, Clock.systemUTC(), (snapshot, read) -> {
      throw bug;
    }));
    GraphqlApi api = GraphqlApi.create(QueryLimits.DEFAULTS, true, fetchers, List.of(fetchers));
    CatalogSnapshot snapshot = CatalogSnapshot.of(CatalogLoader.load(Path.of("catalog")), 1, Instant.now());
    Map<String, Object> input = Partner.in(DEVELOPED).with("clientMutationId", "engine-bug")
        .customer("contoso", DELEGATED, deployment(EXCHANGE, 2000)).individual("alice", MCSA).input();

    ExecutionResult result;
    List<JsonObject> errors;
    try (LogCapture logs = LogCapture.start()) {
      result = api.execute(Documents.EVALUATE, null, Map.of("input", input),
          new RequestScope(snapshot, new Principal(INTEGRATOR, Role.INTEGRATOR), "en-US")).get(30, TimeUnit.SECONDS);
      errors = logs.lines().stream().filter(line -> line.getString("error", "").contains(bug.getMessage())).toList();
    }

    assertEquals(1, result.getErrors().size(), result::toString);
    GraphQLError error = result.getErrors().get(0);
    assertEquals("INTERNAL", error.getExtensions().get("code"), result::toString);
    assertEquals("internal error", error.getMessage());
    assertEquals(List.of("evaluate"), error.getPath());
    Map<?, ?> data = result.getData();
    assertTrue(data == null || data.get("evaluate") == null, result::toString);

    assertEquals(1, errors.size(), () -> "the engine's exception is not logged once: " + errors);
    JsonObject logged = errors.get(0);
    assertEquals("ERROR", logged.getString("level"), logged::encode);
    assertEquals(GraphqlApi.class.getName(), logged.getString("logger"), logged::encode);
    String stackTrace = logged.getString("error");
    assertTrue(stackTrace.startsWith(IllegalStateException.class.getName() + ": " + bug.getMessage()), stackTrace);
    assertTrue(stackTrace.contains("\tat " + getClass().getName()), () -> "no stack frames: " + stackTrace);

    assertNull(store.findByClientMutationId(INTEGRATOR, "engine-bug").await(), "an evaluation was stored");
  }
}
