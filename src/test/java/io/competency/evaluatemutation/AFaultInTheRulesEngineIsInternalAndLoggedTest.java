package io.competency.evaluatemutation;

import static io.competency.evaluatemutation.Partner.DELEGATED;
import static io.competency.evaluatemutation.Partner.DEVELOPED;
import static io.competency.evaluatemutation.Partner.EXCHANGE;
import static io.competency.evaluatemutation.Partner.MCSA;
import static io.competency.evaluatemutation.Partner.deployment;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
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
import io.vertx.core.Vertx;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A bug in the rules engine is not an outage: {@code evaluate} answers a top-level {@code INTERNAL}
 * error (no internals shown), the operator finds the exception with its stack trace in the log, and
 * nothing is stored. The engine that fails is handed to the use case through its constructor.
 */
class AFaultInTheRulesEngineIsInternalAndLoggedTest {
  private static final String EVALUATE = """
      mutation($input: EvaluateInput!) {
        evaluate(input: $input) { evaluation { id } userErrors { code } clientMutationId }
      }
      """;

  private final IllegalStateException bug = new IllegalStateException("a bug in the rules engine");
  private final Logger log = Logger.getLogger(GraphqlApi.class.getName());
  private final List<LogRecord> logged = new CopyOnWriteArrayList<>();
  private final Handler capture = new Handler() {
    @Override
    public void publish(LogRecord record) {
      logged.add(record);
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }
  };
  private Vertx vertx;

  @BeforeEach
  void listen() {
    vertx = Vertx.vertx();
    log.addHandler(capture);
  }

  @AfterEach
  void stop() {
    log.removeHandler(capture);
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

    ExecutionResult result = api.execute(EVALUATE, null, Map.of("input", input),
        new RequestScope(snapshot, new Principal("acme", Role.INTEGRATOR), "en-US")).get(30, TimeUnit.SECONDS);

    assertEquals(1, result.getErrors().size(), result::toString);
    GraphQLError error = result.getErrors().get(0);
    assertEquals("INTERNAL", error.getExtensions().get("code"), result::toString);
    assertEquals("internal error", error.getMessage());
    assertEquals(List.of("evaluate"), error.getPath());
    Map<?, ?> data = result.getData();
    assertTrue(data == null || data.get("evaluate") == null, result::toString);

    LogRecord record = logged.stream().filter(r -> r.getThrown() == bug).findFirst().orElse(null);
    assertTrue(record != null, () -> "the engine's exception is not in the log: " + logged);
    assertEquals(Level.SEVERE, record.getLevel());
    assertSame(bug, record.getThrown(), "logged with its stack trace");

    assertNull(store.findByClientMutationId("acme", "engine-bug").await(), "an evaluation was stored");
  }
}
