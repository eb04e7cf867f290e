package io.competency.telemetry;

import static io.competency.maintenance.Maintenance.simpleTier;
import static io.competency.support.Documents.ADD_TIER;
import static io.competency.support.TestKeys.INTEGRATOR;
import static io.competency.support.TestKeys.INTEGRATOR_SECRET;
import static io.competency.support.TestKeys.MAINTAINER_SECRET;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.competency.support.Documents;
import io.competency.support.GraphqlClient.Response;
import io.competency.support.LogCapture;
import io.competency.support.ServerOnFreshDatabase;
import io.competency.support.TestKeys;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every request writes one JSON line to the access log — method, path, status, duration, GraphQL
 * operation and outcome, the key's name (never the key), the request id ({@code X-Request-Id}, taken
 * from the request or made, and echoed) and the W3C trace it belongs to — and every other line written
 * while the request is handled carries the same request id.
 */
@Isolated("reads every log line of the JVM: another test class's server must not write any meanwhile")
class EachRequestIsOneJsonAccessLogLineTest {
  private static final String TRACEPARENT = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";

  @RegisterExtension
  static final ServerOnFreshDatabase server = new ServerOnFreshDatabase();

  private LogCapture logs;

  @BeforeEach
  void capture() {
    logs = LogCapture.start();
  }

  @AfterEach
  void release() {
    logs.close();
  }

  @Test
  void anEvaluationIsLoggedWithItsOperationKeyNameRequestIdAndTrace() {
    Response response = server.client().query(Traffic.EVALUATE).variables(Map.of("input", Traffic.silverPartner().getMap()))
        .bearer(INTEGRATOR_SECRET).header("X-Request-Id", "req-evaluate-1").header("traceparent", TRACEPARENT).post();
    assertEquals(200, response.status(), response::toString);

    JsonObject line = logs.await("for req-evaluate-1", l -> "req-evaluate-1".equals(l.getString("requestId")) && isAccess(l));

    assertEquals("POST", line.getString("method"));
    assertEquals("/graphql", line.getString("path"));
    assertEquals(200, line.getInteger("status"));
    assertTrue(line.getValue("durationMs") instanceof Number, line::encode);
    assertEquals("mutation", line.getString("operationType"));
    assertEquals("Evaluate", line.getString("operation"));
    assertEquals("OK", line.getString("outcome"));
    assertEquals(INTEGRATOR, line.getString("key"));
    assertEquals("4bf92f3577b34da6a3ce929d0e0e4736", line.getString("traceId"));
    assertEquals("00f067aa0ba902b7", line.getString("parentSpanId"));
    assertEquals("INFO", line.getString("level"));
    assertTrue(line.getString("time").endsWith("Z"), line::encode);
    assertEquals("req-evaluate-1", response.header("X-Request-Id"));
  }

  @Test
  void theKeyItselfIsNeverLogged() {
    server.client().query(Traffic.EVALUATE).variables(Map.of("input", Traffic.silverPartner().getMap()))
        .bearer(INTEGRATOR_SECRET).header("X-Request-Id", "req-secret").post();
    server.client().query("{ catalogChanges(first: 1) { revision } }").bearer("not-a-key-but-secret-looking").post();

    logs.await("for req-secret", l -> "req-secret".equals(l.getString("requestId")) && isAccess(l));
    assertFalse(logs.text().contains(INTEGRATOR_SECRET), logs::text);
    assertFalse(logs.text().contains("not-a-key-but-secret-looking"), logs::text);
  }

  @Test
  void aRequestWithoutAnIdGetsOneMadeAndEchoed() {
    Response response = server.client().request("GET", "/health").send();
    String id = response.header("X-Request-Id");

    assertTrue(id != null && id.matches("[0-9a-f]{32}"), () -> "a request id is made: " + id);
    JsonObject line = logs.await("for " + id, l -> id.equals(l.getString("requestId")) && isAccess(l));
    assertEquals("/health", line.getString("path"));
    assertNull(line.getValue("operation"), line::encode);
  }

  @Test
  void anUnusableRequestIdIsReplaced() {
    for (String sent : List.of("has spaces in it", "x".repeat(129), "\"},{\"injected\":1", "<script>")) {
      Response response = server.client().request("GET", "/health").header("X-Request-Id", sent).send();

      String id = response.header("X-Request-Id");
      assertNotEquals(sent, id);
      assertTrue(id.matches("[0-9a-f]{32}"), id);
    }
  }

  @Test
  void aMalformedTraceparentIsIgnored() {
    server.client().request("GET", "/health").header("X-Request-Id", "req-bad-trace")
        .header("traceparent", "00-00000000000000000000000000000000-00f067aa0ba902b7-01").send();

    JsonObject line = logs.await("for req-bad-trace", l -> "req-bad-trace".equals(l.getString("requestId")) && isAccess(l));
    assertNull(line.getValue("traceId"), line::encode);
  }

  @Test
  void theQueryStringIsNotLogged() {
    server.client().query("{ markets { code } }").header("X-Request-Id", "req-get").get();

    JsonObject line = logs.await("for req-get", l -> "req-get".equals(l.getString("requestId")) && isAccess(l));
    assertEquals("/graphql", line.getString("path"));
    assertEquals("GET", line.getString("method"));
    assertFalse(line.encode().contains("markets"), line::encode);
  }

  @Test
  void refusalsAreLoggedWithTheirStatusAndCode() {
    server.client().query(Traffic.EVALUATE).variables(Map.of("input", Traffic.silverPartner().getMap()))
        .header("X-Request-Id", "req-no-key").post();

    JsonObject line = logs.await("for req-no-key", l -> "req-no-key".equals(l.getString("requestId")) && isAccess(l));
    assertEquals(401, line.getInteger("status"));
    assertEquals("UNAUTHENTICATED", line.getString("outcome"));
  }

  @Test
  void otherLinesOfTheRequestCarryItsId() {
    server.client().query(ADD_TIER).variables(Map.of("input", simpleTier("logged", 60).getMap()))
        .bearer(MAINTAINER_SECRET).header("X-Request-Id", "req-edit").post();

    logs.await("for req-edit", l -> "req-edit".equals(l.getString("requestId")) && isAccess(l));
    JsonObject install = logs.await("of req-edit saying the new revision is served",
        l -> l.getString("message", "").startsWith("serving catalog revision") && "req-edit".equals(l.getString("requestId")));
    assertEquals("io.competency.store.PgCatalogStore", install.getString("logger"), install::encode);
  }

  @Test
  void eachRequestIsExactlyOneLine() {
    for (int i = 0; i < 3; i++) {
      server.client().request("GET", "/ready").header("X-Request-Id", "req-once-" + i).send();
    }
    logs.await("for req-once-2", l -> "req-once-2".equals(l.getString("requestId")) && isAccess(l));

    for (int i = 0; i < 3; i++) {
      String id = "req-once-" + i;
      assertEquals(1, logs.lines("access").stream().filter(l -> id.equals(l.getString("requestId"))).count(), logs::text);
    }
  }

  private static boolean isAccess(JsonObject line) {
    return "access".equals(line.getString("logger"));
  }
}
