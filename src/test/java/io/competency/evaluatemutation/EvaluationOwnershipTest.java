package io.competency.evaluatemutation;

import static io.competency.evaluatemutation.EvaluationServer.ACME;
import static io.competency.evaluatemutation.EvaluationServer.GLOBEX;
import static io.competency.evaluatemutation.EvaluationServer.MAINTAINER;
import static io.competency.evaluatemutation.Partner.DELEGATED;
import static io.competency.evaluatemutation.Partner.DEVELOPED;
import static io.competency.evaluatemutation.Partner.EXCHANGE;
import static io.competency.evaluatemutation.Partner.MCSA;
import static io.competency.evaluatemutation.Partner.deployment;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

import io.competency.support.GraphqlClient.Operation;
import io.competency.support.GraphqlClient.Response;
import io.vertx.core.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * An evaluation belongs to the key that made it: only that key reads it back, through
 * {@code evaluation(id)} and {@code node(id)}; for anyone else, and without a key, its id reads as null,
 * exactly like an id that does not exist. Only an integrator key may evaluate.
 */
class EvaluationOwnershipTest {
  private static EvaluationServer server;
  /** The evaluation acme made, as the evaluate payload gave it. */
  private static JsonObject acmes;

  @BeforeAll
  static void start() {
    server = EvaluationServer.start();
    acmes = server.evaluation(Partner.in(DEVELOPED)
        .with("reference", "acme's own")
        .customer("contoso", DELEGATED, deployment(EXCHANGE, 2500))
        .individual("bob", MCSA)
        .input());
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.close();
    }
  }

  @Test
  void theOwnerReadsItsEvaluationBackThroughEvaluation() {
    Response response = read(EvaluationServer.READ, acmes.getString("id"), ACME);

    assertTrue(response.errors().isEmpty(), response::toString);
    assertEquals(acmes, response.data("evaluation"));
  }

  @Test
  void theOwnerReadsItsEvaluationBackThroughNode() {
    Response response = read(EvaluationServer.READ_NODE, acmes.getString("id"), ACME);

    assertTrue(response.errors().isEmpty(), response::toString);
    JsonObject node = (JsonObject) response.data("node");
    assertEquals("Evaluation", node.remove("__typename"));
    assertEquals(acmes, node);
  }

  static Stream<Arguments> strangers() {
    return Stream.of(
        argumentSet("another integrator's key", GLOBEX),
        argumentSet("a maintainer's key", MAINTAINER),
        argumentSet("no key", (Object) null));
  }

  @ParameterizedTest
  @MethodSource("strangers")
  void anyoneElseReadsNullThroughEvaluation(String secret) {
    Response response = read(EvaluationServer.READ, acmes.getString("id"), secret);

    assertReadsAsNull(response, "evaluation");
  }

  @ParameterizedTest
  @MethodSource("strangers")
  void anyoneElseReadsNullThroughNode(String secret) {
    Response response = read(EvaluationServer.READ_NODE, acmes.getString("id"), secret);

    assertReadsAsNull(response, "node");
  }

  static Stream<Arguments> idsOfNoEvaluation() {
    return Stream.of(
        argumentSet("garbage", "not an id!"),
        argumentSet("an evaluation id with a uuid nobody was given", encode("Evaluation:" + UUID.randomUUID())),
        argumentSet("an evaluation id whose key is not a uuid", encode("Evaluation:acme")),
        argumentSet("the id of a tier", encode("Tier:cloud-productivity/managed-service-partner/silver")));
  }

  @ParameterizedTest
  @MethodSource("idsOfNoEvaluation")
  void anIdOfNoEvaluationReadsAsNullForTheOwnerToo(String id) {
    assertReadsAsNull(read(EvaluationServer.READ, id, ACME), "evaluation");
  }

  @Test
  void aMaintainerKeyCannotEvaluateAndNothingIsStored() {
    long stored = server.storedEvaluations();

    Response response = server.evaluate(MAINTAINER, Partner.in(DEVELOPED).input());

    assertEquals(403, response.status(), response::toString);
    assertEquals(List.of("FORBIDDEN"), response.errorCodes(), response::toString);
    assertNull(response.json().getValue("data"), response::toString);
    assertEquals(stored, server.storedEvaluations(), "an evaluation was stored");
  }

  @Test
  void withoutAKeyEvaluateIsUnauthenticatedAndNothingIsStored() {
    long stored = server.storedEvaluations();

    Response response = server.evaluate(null, Partner.in(DEVELOPED).input());

    assertEquals(401, response.status(), response::toString);
    assertEquals(List.of("UNAUTHENTICATED"), response.errorCodes(), response::toString);
    assertEquals(stored, server.storedEvaluations(), "an evaluation was stored");
  }

  @Test
  void anUnknownKeyCannotEvaluateAndNothingIsStored() {
    long stored = server.storedEvaluations();

    Response response = server.evaluate("not-a-key-of-this-server", Partner.in(DEVELOPED).input());

    assertEquals(401, response.status(), response::toString);
    assertEquals(List.of("UNAUTHENTICATED"), response.errorCodes(), response::toString);
    assertEquals(stored, server.storedEvaluations(), "an evaluation was stored");
  }

  private static Response read(String document, String id, String secret) {
    Operation operation = server.client().query(document).variables(Map.of("id", id));
    if (secret != null) {
      operation.bearer(secret);
    }
    Response response = operation.post().assertWellFormed();
    assertEquals(200, response.status(), response::toString);
    return response;
  }

  private static void assertReadsAsNull(Response response, String field) {
    assertTrue(response.errors().isEmpty(), response::toString);
    assertTrue(response.json().getJsonObject("data").containsKey(field), response::toString);
    assertNull(response.data(field), response::toString);
  }

  private static String encode(String text) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
  }
}
