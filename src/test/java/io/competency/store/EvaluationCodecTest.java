package io.competency.store;

import io.competency.evaluation.CustomerData;
import io.competency.evaluation.DeploymentData;
import io.competency.evaluation.EvaluatedRequest;
import io.competency.evaluation.EvaluationRequest;
import io.competency.evaluation.EvaluationResult;
import io.competency.evaluation.Evaluator;
import io.competency.evaluation.IndividualData;
import static io.competency.evaluation.CloudProductivity.AS_OF;
import static io.competency.evaluation.CloudProductivity.DELEGATED_ADMIN;
import static io.competency.evaluation.CloudProductivity.DEVELOPED;
import static io.competency.evaluation.CloudProductivity.EXAM_346;
import static io.competency.evaluation.CloudProductivity.EXAM_347;
import static io.competency.evaluation.CloudProductivity.EXCHANGE;
import static io.competency.evaluation.CloudProductivity.MCSA;
import static io.competency.evaluation.CloudProductivity.OPTION;
import static io.competency.evaluation.CloudProductivity.deployment;
import static io.competency.evaluation.CloudProductivity.individual;
import static io.competency.evaluation.CloudProductivity.trial;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.competency.catalog.CatalogWriter;
import io.competency.evaluation.ThreeTierOption;
import io.vertx.core.json.JsonObject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Evaluations survive a trip through JSON text, tiers included, whatever the catalog holds when they are read back. */
class EvaluationCodecTest {
  private static final EvaluationCodec CODEC = new EvaluationCodec();

  private static EvaluatedRequest cloudProductivity() {
    EvaluationRequest request = new EvaluationRequest("cloud-productivity", "managed-service-partner", DEVELOPED, AS_OF,
        List.of(
            new CustomerData("c1", List.of(DELEGATED_ADMIN), LocalDate.of(2016, 3, 1),
                List.of(deployment(EXCHANGE, 2_100), trial("YAMMER", 40))),
            new CustomerData("c2", List.of(), null, List.of(deployment("PROPLUS", 7)))),
        List.of(individual("ann", EXAM_346, EXAM_347), individual("bob", EXAM_346)), "q3-review");
    return evaluated(request, OPTION);
  }

  private static EvaluatedRequest madeUp() {
    EvaluationRequest request = new EvaluationRequest("made-up", null, "DEVELOPING", AS_OF,
        List.of(
            new CustomerData("new", List.of(ThreeTierOption.ASSOCIATION), AS_OF.minusMonths(2),
                List.of(new DeploymentData(ThreeTierOption.WORKLOAD, 150, true))),
            new CustomerData("old", List.of(ThreeTierOption.ASSOCIATION), AS_OF.minusYears(3),
                List.of(new DeploymentData(ThreeTierOption.WORKLOAD, 0, false)))),
        List.of(new IndividualData("ann", List.of("A", "B"))), null);
    return evaluated(request, ThreeTierOption.OPTION);
  }

  private static EvaluatedRequest evaluated(EvaluationRequest request, io.competency.catalog.Option option) {
    EvaluationResult result = new Evaluator().evaluate(option, request.market(), request.asOf(), request.customers(),
        request.individuals());
    return new EvaluatedRequest(request, result);
  }

  static Stream<Arguments> evaluations() {
    return Stream.of(Arguments.of("bundled Cloud Productivity", cloudProductivity()),
        Arguments.of("made-up three tiers, codes the catalog does not know", madeUp()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("evaluations")
  void anEvaluationDecodesToEqualRecordsAfterATripThroughJsonText(String name, EvaluatedRequest evaluation) {
    String json = new JsonObject(CODEC.encode(evaluation.request(), evaluation.result())).encode();

    EvaluatedRequest back = CODEC.decode(new JsonObject(json).getMap());

    assertEquals(evaluation, back);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("evaluations")
  void theEncodedTreeHoldsOnlyJsonValues(String name, EvaluatedRequest evaluation) {
    assertJson(CODEC.encode(evaluation.request(), evaluation.result()));
  }

  @Test
  void theEncodedFormCarriesTheTiersItWasEvaluatedAgainst() {
    EvaluatedRequest evaluation = cloudProductivity();

    Map<String, Object> encoded = CODEC.encode(evaluation.request(), evaluation.result());

    Map<?, ?> result = (Map<?, ?>) encoded.get("result");
    List<?> tiers = (List<?>) result.get("tiers");
    assertEquals(new CatalogWriter().tier(OPTION.tier("silver")), ((Map<?, ?>) tiers.get(0)).get("tier"));
    assertEquals("silver", result.get("achievedTier"));
    assertEquals("gold", result.get("nextTier"));
    assertEquals(EvaluationCodec.FORMAT, encoded.get("format"));
  }

  @Test
  void aTreeTheCodecDidNotWriteIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> CODEC.decode(Map.of("format", 2, "request", "nope")));
    assertThrows(IllegalArgumentException.class, () -> CODEC.decode(Map.of("format", 1, "request", "nope")));
    assertThrows(IllegalArgumentException.class, () -> CODEC.decode(Map.of("format", 99)));
  }

  @Test
  void aTierWhoseResultsDoNotMatchItsRequirementsIsRefused() {
    EvaluatedRequest evaluation = cloudProductivity();
    JsonObject tree = new JsonObject(CODEC.encode(evaluation.request(), evaluation.result())).copy();
    tree.getJsonObject("result").getJsonArray("tiers").getJsonObject(0).getJsonArray("requirements").remove(1);

    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> CODEC.decode(new JsonObject(tree.encode()).getMap()));
    assertTrue(e.getMessage().contains("result.tiers[0].requirements"), e.getMessage());
  }

  private static void assertJson(Object value) {
    if (value instanceof Map<?, ?> map) {
      map.forEach((k, v) -> {
        assertTrue(k instanceof String, "key " + k);
        assertJson(v);
      });
    } else if (value instanceof List<?> list) {
      list.forEach(EvaluationCodecTest::assertJson);
    } else {
      assertTrue(value == null || value instanceof String || value instanceof Integer || value instanceof Long
          || value instanceof Boolean, "not a JSON value: " + value + " (" + value.getClass() + ")");
    }
  }
}
