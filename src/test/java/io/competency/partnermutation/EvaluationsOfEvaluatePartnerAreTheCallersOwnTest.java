package io.competency.partnermutation;

import static io.competency.partnermutation.Partner.customer;
import static io.competency.partnermutation.PartnerServer.ACME;
import static io.competency.partnermutation.PartnerServer.GLOBEX;
import static io.competency.partnermutation.PartnerServer.MAINTAINER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.competency.support.GraphqlClient.Response;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@code evaluatePartner} needs an integrator key, like {@code evaluate}; each evaluation it stores is
 * its caller's: read by id ({@code evaluation} or {@code node}) by that key it is what the call answered,
 * and to any other key, or without one, it reads as null, like an id that does not exist. In both
 * storage modes.
 */
class EvaluationsOfEvaluatePartnerAreTheCallersOwnTest {
  @RegisterExtension
  static final BothStorages servers = new BothStorages();

  private static Map<String, Object> input() {
    return Partner.in(Partner.DEVELOPED)
        .customer(customer("contoso", "DELEGATED_ADMIN").deployment("EXCHANGE_ONLINE", 2500))
        .individual("ana", "70-346", "70-347")
        .with("competencies", List.of("cloud-productivity", "data-analytics"))
        .input();
  }

  @ParameterizedTest
  @EnumSource(Storage.class)
  void everyEvaluationReadsBackByIdForItsCallerAsItWasAnswered(Storage storage) {
    PartnerServer server = servers.in(storage);
    JsonArray evaluations = server.evaluations(input());

    assertEquals(4, evaluations.size(), "Cloud Productivity's option and Data Analytics' three");
    for (Object e : evaluations) {
      JsonObject evaluation = (JsonObject) e;
      assertEquals(evaluation, server.read(ACME, evaluation.getString("id")));
      Response node = server.client().query(PartnerServer.READ_NODE).variables(Map.of("id", evaluation.getString("id"))).bearer(ACME).post();
      assertEquals("Evaluation", node.data("node.__typename"), node::toString);
      JsonObject asNode = node.json().getJsonObject("data").getJsonObject("node").copy();
      asNode.remove("__typename");
      assertEquals(evaluation, asNode);
    }
  }

  @ParameterizedTest
  @EnumSource(Storage.class)
  void toAnyoneElseEachEvaluationReadsAsNull(Storage storage) {
    PartnerServer server = servers.in(storage);
    JsonArray evaluations = server.evaluations(input());

    for (Object e : evaluations) {
      String id = ((JsonObject) e).getString("id");
      assertNull(server.read(GLOBEX, id), "another integrator");
      assertNull(server.read(MAINTAINER, id), "a maintainer");
      assertNull(server.read(null, id), "no key");
      Response node = server.client().query(PartnerServer.READ_NODE).variables(Map.of("id", id)).bearer(GLOBEX).post();
      assertNull(node.data("node"), node::toString);
    }
  }

  @ParameterizedTest
  @EnumSource(Storage.class)
  void evaluatePartnerNeedsAnIntegratorKeyAndRunsNothingWithoutOne(Storage storage) {
    PartnerServer server = servers.in(storage);
    long before = server.storage() == Storage.POSTGRESQL ? server.storedEvaluations() : 0;

    Response maintainer = server.evaluatePartner(MAINTAINER, input());
    Response none = server.evaluatePartner(null, input());
    Response unknown = server.evaluatePartner("not-a-key", input());

    assertEquals(403, maintainer.status(), maintainer::toString);
    assertEquals(List.of("FORBIDDEN"), maintainer.errorCodes());
    assertEquals(401, none.status(), none::toString);
    assertEquals(List.of("UNAUTHENTICATED"), none.errorCodes());
    assertEquals(401, unknown.status(), unknown::toString);
    assertEquals(List.of("UNAUTHENTICATED"), unknown.errorCodes());
    for (Response refused : List.of(maintainer, none, unknown)) {
      assertFalse(refused.json().containsKey("data"), refused::toString);
    }
    if (server.storage() == Storage.POSTGRESQL) {
      assertEquals(before, server.storedEvaluations(), "nothing ran");
    }
  }
}
