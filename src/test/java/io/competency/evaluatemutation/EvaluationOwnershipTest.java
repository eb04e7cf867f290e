package io.competency.evaluatemutation;

import static io.competency.evaluatemutation.Integrator.evaluate;
import static io.competency.evaluatemutation.Integrator.evaluation;
import static io.competency.evaluatemutation.Integrator.storedEvaluations;
import static io.competency.evaluatemutation.Partner.DELEGATED;
import static io.competency.evaluatemutation.Partner.DEVELOPED;
import static io.competency.evaluatemutation.Partner.EXCHANGE;
import static io.competency.evaluatemutation.Partner.MCSA;
import static io.competency.evaluatemutation.Partner.deployment;
import static io.competency.support.TestKeys.INTEGRATOR_SECRET;
import static io.competency.support.TestKeys.MAINTAINER_SECRET;
import static io.competency.support.TestKeys.OTHER_INTEGRATOR_SECRET;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

import io.competency.support.Documents;
import io.competency.support.GraphqlClient.Operation;
import io.competency.support.GraphqlClient.Response;
import io.competency.support.ServerOnFreshDatabase;
import io.vertx.core.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * An evaluation belongs to the key that made it: only that key reads it back, through
 * {@code evaluation(id)} and {@code node(id)}; for anyone else, and without a key, its id reads as null,
 * exactly like an id that does not exist. Only an integrator key may evaluate.
 */
class EvaluationOwnershipTest {
  @RegisterExtension
  static final ServerOnFreshDatabase server = new ServerOnFreshDatabase();
  /** The evaluation acme made, as the evaluate payload gave it. */
  private static JsonObject acmes;

  @BeforeAll
  static void start() {
    acmes = evaluation(server.client(), Partner.in(DEVELOPED)
        .with("reference", "acme's own")
        .customer("contoso", DELEGATED, deployment(EXCHANGE, 2500))
        .individual("bob", MCSA)
        .input());
  }

  @Test
  void theOwnerReadsItsEvaluationBackThroughEvaluation() {
    Response response = read(Documents.EVALUATION, acmes.getString("id"), INTEGRATOR_SECRET);

    assertTrue(response.errors().isEmpty(), response::toString);
    assertEquals(acmes, response.data("evaluation"));
  }

  @Test
  void theOwnerReadsItsEvaluationBackThroughNode() {
    Response response = read(Documents.EVALUATION_NODE, acmes.getString("id"), INTEGRATOR_SECRET);

    assertTrue(response.errors().isEmpty(), response::toString);
    JsonObject node = (JsonObject) response.data("node");
    assertEquals("Evaluation", node.remove("__typename"));
    assertEquals(acmes, node);
  }

  static Stream<Arguments> strangers() {
    return Stream.of(
        argumentSet("another integrator's key", OTHER_INTEGRATOR_SECRET),
        argumentSet("a maintainer's key", MAINTAINER_SECRET),
        argumentSet("no key", (Object) null));
  }

  @ParameterizedTest
  @MethodSource("strangers")
  void anyoneElseReadsNullThroughEvaluation(String secret) {
    Response response = read(Documents.EVALUATION, acmes.getString("id"), secret);

    assertReadsAsNull(response, "evaluation");
  }

  @ParameterizedTest
  @MethodSource("strangers")
  void anyoneElseReadsNullThroughNode(String secret) {
    Response response = read(Documents.EVALUATION_NODE, acmes.getString("id"), secret);

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
    assertReadsAsNull(read(Documents.EVALUATION, id, INTEGRATOR_SECRET), "evaluation");
  }

  @Test
  void aMaintainerKeyCannotEvaluateAndNothingIsStored() {
    long stored = storedEvaluations(server.db());

    Response response = evaluate(server.client(), MAINTAINER_SECRET, Partner.in(DEVELOPED).input());

    assertEquals(403, response.status(), response::toString);
    assertEquals(List.of("FORBIDDEN"), response.errorCodes(), response::toString);
    assertNull(response.json().getValue("data"), response::toString);
    assertEquals(stored, storedEvaluations(server.db()), "an evaluation was stored");
  }

  @Test
  void withoutAKeyEvaluateIsUnauthenticatedAndNothingIsStored() {
    long stored = storedEvaluations(server.db());

    Response response = evaluate(server.client(), null, Partner.in(DEVELOPED).input());

    assertEquals(401, response.status(), response::toString);
    assertEquals(List.of("UNAUTHENTICATED"), response.errorCodes(), response::toString);
    assertEquals(stored, storedEvaluations(server.db()), "an evaluation was stored");
  }

  @Test
  void anUnknownKeyCannotEvaluateAndNothingIsStored() {
    long stored = storedEvaluations(server.db());

    Response response = evaluate(server.client(), "not-a-key-of-this-server", Partner.in(DEVELOPED).input());

    assertEquals(401, response.status(), response::toString);
    assertEquals(List.of("UNAUTHENTICATED"), response.errorCodes(), response::toString);
    assertEquals(stored, storedEvaluations(server.db()), "an evaluation was stored");
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
