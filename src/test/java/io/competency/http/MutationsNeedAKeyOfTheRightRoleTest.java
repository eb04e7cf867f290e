package io.competency.http;

import static io.competency.support.TestKeys.INTEGRATOR_SECRET;
import static io.competency.support.TestKeys.MAINTAINER_SECRET;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

import io.competency.support.GraphqlClient.Operation;
import io.competency.support.GraphqlClient.Response;
import io.competency.support.TestServer;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A mutation without a key, with an unknown key, or with a key of the wrong role is refused before
 * anything runs: 401 UNAUTHENTICATED or 403 FORBIDDEN, and the catalog stays as it was. Catalog reads
 * need no key.
 */
class MutationsNeedAKeyOfTheRightRoleTest {
  private static final String ADD_WORKLOAD =
      "mutation { addWorkload(input: {code: \"X\", name: [{locale: \"en-US\", text: \"X\"}]}) { userErrors { code } } }";
  private static final String EVALUATE = """
      mutation { evaluate(input: {competency: "cloud-productivity", market: "DEVELOPED", customers: [], individuals: []}) {
        userErrors { code } } }
      """;
  private static final String EVALUATE_PARTNER = """
      mutation { evaluatePartner(input: {market: "DEVELOPED", customers: [], individuals: []}) { userErrors { code } } }
      """;

  private static TestServer server;

  @BeforeAll
  static void start() {
    server = TestServer.start();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @AfterEach
  void nothingRan() {
    Response catalog = server.client().query("{ catalog { revision } workloads { code } }").post();
    assertEquals(1, catalog.data("catalog.revision"), catalog::toString);
    assertFalse(catalog.dataList("workloads").stream().anyMatch(w -> "X".equals(Response.at(w, "code"))), catalog::toString);
  }

  static Stream<Arguments> refusals() {
    return Stream.of(
        row("no key", ADD_WORKLOAD, op -> op, 401, "UNAUTHENTICATED"),
        row("an unknown key", ADD_WORKLOAD, op -> op.bearer("not-a-known-key"), 401, "UNAUTHENTICATED"),
        row("a key that is almost right", ADD_WORKLOAD, op -> op.bearer(MAINTAINER_SECRET + "x"), 401, "UNAUTHENTICATED"),
        row("a blank bearer", ADD_WORKLOAD, op -> op.header("Authorization", "Bearer "), 401, "UNAUTHENTICATED"),
        row("another scheme", ADD_WORKLOAD, op -> op.header("Authorization", "Basic " + MAINTAINER_SECRET), 401, "UNAUTHENTICATED"),
        row("an integrator key on addWorkload", ADD_WORKLOAD, op -> op.bearer(INTEGRATOR_SECRET), 403, "FORBIDDEN"),
        row("a maintainer key on evaluate", EVALUATE, op -> op.bearer(MAINTAINER_SECRET), 403, "FORBIDDEN"),
        row("no key on evaluate", EVALUATE, op -> op, 401, "UNAUTHENTICATED"),
        row("a maintainer key on evaluatePartner", EVALUATE_PARTNER, op -> op.bearer(MAINTAINER_SECRET), 403, "FORBIDDEN"),
        row("no key on evaluatePartner", EVALUATE_PARTNER, op -> op, 401, "UNAUTHENTICATED"),
        row("an integrator key on addWorkload beside __typename", "mutation { __typename "
            + ADD_WORKLOAD.substring("mutation {".length()), op -> op.bearer(INTEGRATOR_SECRET), 403, "FORBIDDEN"));
  }

  @ParameterizedTest
  @MethodSource("refusals")
  void isRefusedBeforeAnythingRuns(String mutation, UnaryOperator<Operation> credentials, int status, String code) {
    Response response = credentials.apply(server.client().query(mutation)).post().assertWellFormed();

    assertEquals(status, response.status(), response::toString);
    assertEquals(List.of(code), response.errorCodes(), response::toString);
    assertFalse(response.json().containsKey("data"), response::toString);
    assertFalse(response.body().contains("Exception"), response::toString);
  }

  @Test
  void aRefusalForWantOfAKeySaysWhichSchemeToUse() {
    Response response = server.client().query(ADD_WORKLOAD).post();

    assertEquals(401, response.status());
    assertEquals("Bearer", response.header("WWW-Authenticate"));
  }

  @Test
  void aForbiddenKeyIsToldWhichRoleItNeeds() {
    Response response = server.client().query(ADD_WORKLOAD).bearer(INTEGRATOR_SECRET).post();

    assertEquals(403, response.status());
    String message = response.errors().get(0).getString("message");
    assertEquals(true, message.contains("maintainer"), message);
    assertFalse(message.contains(INTEGRATOR_SECRET), "the message must not echo the secret: " + message);
  }

  @Test
  void catalogReadsNeedNoKey() {
    Response response = server.client().query("{ competency(slug: \"cloud-productivity\") { slug } }").post();

    assertEquals(200, response.status());
    assertEquals("cloud-productivity", response.data("competency.slug"));
  }

  @Test
  void aServerWithoutKeysRefusesEveryMutation() {
    try (TestServer keyless = TestServer.start(Map.of("API_KEYS", ""))) {
      Response response = keyless.client().query(ADD_WORKLOAD).bearer(MAINTAINER_SECRET).post();

      assertEquals(401, response.status(), response::toString);
      assertEquals(List.of("UNAUTHENTICATED"), response.errorCodes());
    }
  }

  private static Arguments row(String name, String mutation, UnaryOperator<Operation> credentials, int status, String code) {
    return argumentSet(name, mutation, credentials, status, code);
  }
}
