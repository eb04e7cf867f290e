package io.competency.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

import io.competency.support.GraphqlClient.Response;
import io.competency.support.RawHttp;
import io.competency.support.ServerOnFreshDatabase;
import io.competency.support.TestServer;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile input, in both storage modes (the embedded default and PostgreSQL): malformed bodies,
 * limits and bombs, bad scalars, injection strings and header garbage ({@link MalformedBodies},
 * {@link LimitsAndBombs}, {@link BadScalars}, {@link Injections}, {@link HeaderGarbage}). Whatever
 * comes in, the answer is never a 5xx; every error in it has an {@code extensions.code}, none of them
 * {@code INTERNAL} (a fault) or {@code UNAVAILABLE} (the database is up); no stack trace or class name
 * leaks; and the server goes on serving.
 */
class HostileInputIsAnsweredWithACodeTest {
  private static final Map<String, String> LIMITS = Map.of(
      "MAX_BODY_BYTES", String.valueOf(LimitsAndBombs.MAX_BODY_BYTES),
      "MAX_QUERY_CHARS", String.valueOf(LimitsAndBombs.MAX_QUERY_CHARS),
      "HTTP_REQUEST_TIMEOUT", "5");
  private static final Set<String> FAULTS = Set.of("INTERNAL", "UNAVAILABLE");
  private static final List<String> LEAKS = List.of("\tat ", "at io.", "at java.", "at graphql.", ".java:", "io.competency.", "io.vertx.",
      "io.netty.", "graphql.execution.", "graphql.schema.", "Exception:", "org.postgresql", "SQLSTATE");

  @RegisterExtension
  static final ServerOnFreshDatabase postgresql = new ServerOnFreshDatabase(LIMITS);

  private static TestServer embedded;
  /** The server the last attack went to. */
  private TestServer attacked;

  @BeforeAll
  static void start() {
    embedded = TestServer.start(LIMITS);
  }

  @AfterAll
  static void stop() {
    embedded.close();
  }

  static List<Attack> table() {
    List<Attack> all = new ArrayList<>();
    all.addAll(MalformedBodies.attacks());
    all.addAll(LimitsAndBombs.attacks());
    all.addAll(BadScalars.attacks());
    all.addAll(Injections.attacks());
    all.addAll(HeaderGarbage.attacks());
    return all;
  }

  static Stream<Arguments> attacks() {
    return table().stream().flatMap(attack -> Stream.of(
        argumentSet("[embedded] " + attack.name(), "embedded", attack),
        argumentSet("[postgresql] " + attack.name(), "postgresql", attack)));
  }

  @Test
  void theTableHasAtLeast300Attacks() {
    List<Attack> table = table();
    assertTrue(table.size() >= 300, "only " + table.size() + " attacks");
    assertEquals(table.size(), table.stream().map(Attack::name).distinct().count(), "every attack has a name of its own");
  }

  @ParameterizedTest
  @MethodSource("attacks")
  void isAnsweredWithoutAFaultAndWithACodeOnEveryError(String mode, Attack attack) {
    attacked = mode.equals("embedded") ? embedded : postgresql.server();
    Attack.Target target = new Attack.Target(attacked.client(), attacked.port());

    Attack.Answer answer;
    try {
      answer = attack.send().apply(target);
    } catch (RuntimeException e) {
      throw new AssertionError(attack.name() + ": no answer: " + e, e);
    }

    if (answer == Attack.Answer.CLOSED) {
      return;
    }
    assertTrue(answer.status() >= 200 && answer.status() < 500, () -> "a fault: " + show(attack, answer));
    for (String leak : LEAKS) {
      assertFalse(answer.body().contains(leak), () -> "internals ('" + leak + "') in " + show(attack, answer));
    }
    if (answer.body().isEmpty()) {
      assertTrue(answer.status() < 400 || answer.status() == 405 && answer.body().isEmpty() && answer.contentType() != null,
          () -> "an error without a body: " + show(attack, answer));
      return;
    }
    String type = answer.contentType() == null ? "" : answer.contentType();
    if (!type.startsWith("application/json") && !type.startsWith("application/graphql-response+json")) {
      assertTrue(answer.status() < 400, () -> "an error that is not JSON: " + show(attack, answer));
      return;
    }
    JsonObject body;
    try {
      body = new JsonObject(answer.body());
    } catch (DecodeException e) {
      fail("not a JSON object: " + show(attack, answer));
      return;
    }
    JsonArray errors = body.getJsonArray("errors", new JsonArray());
    if (answer.status() >= 400) {
      assertFalse(errors.isEmpty(), () -> "an error status without errors: " + show(attack, answer));
    }
    for (Object each : errors) {
      JsonObject error = (JsonObject) each;
      JsonObject extensions = error.getJsonObject("extensions");
      String code = extensions == null ? null : extensions.getString("code");
      assertTrue(code != null && code.matches("[A-Z][A-Z_]+"), () -> "an error without a code: " + show(attack, answer));
      assertFalse(FAULTS.contains(code), () -> "answered as a fault (" + code + "): " + show(attack, answer));
      assertFalse(error.getString("message", "").isBlank(), () -> "an error without a message: " + show(attack, answer));
    }
  }

  /**
   * The one exception to "never a 5xx", pinned here so that it stays visible: a request line of an HTTP
   * version other than 1.0 and 1.1 (an HTTP/2 preface, say, on this HTTP/1.1 port) is answered by
   * Vert.x's HTTP/1.x codec before any application code sees it, with 501 and a closed connection.
   */
  @Test
  void anHttpVersionOtherThanOnePointXIsRefusedByTheCodecWith501() {
    for (String request : List.of("GET /health HTTP/9.9\r\nHost: x\r\n\r\n", "PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n")) {
      RawHttp.Reply reply = RawHttp.exchange(embedded.port(), request);

      assertEquals(501, reply.status(), reply::toString);
      assertEquals("", reply.body());
    }
  }

  @AfterEach
  void theServerGoesOnServing() {
    if (attacked != null) {
      Response response = attacked.client().query("{ catalog { revision } }").post();
      assertEquals(200, response.status(), response::toString);
      assertEquals(List.of(), response.errors(), response::toString);
    }
  }

  private static String show(Attack attack, Attack.Answer answer) {
    String body = answer.body().length() > 600 ? answer.body().substring(0, 600) + "…" : answer.body();
    return attack.name() + " -> " + answer.status() + " " + answer.contentType() + " " + body;
  }
}
