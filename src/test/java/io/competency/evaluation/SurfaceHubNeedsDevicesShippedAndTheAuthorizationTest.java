package io.competency.evaluation;

import static io.competency.evaluation.Program2017.AS_OF;
import static io.competency.evaluation.Program2017.SURFACE_HUB;
import static io.competency.evaluation.Program2017.evaluate;
import static io.competency.evaluation.Program2017.performance;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Surface Hub: "Partner must have shipped 12 (gold: 52) devices in the TTM period … Partner must also be
 * an authorized Surface Hub ADR." Shipments are the partner's own facts, so no customer association
 * applies; a missing authorization leaves the step unmet whatever the devices, and is named.
 */
class SurfaceHubNeedsDevicesShippedAndTheAuthorizationTest {
  private static final String ADR = "SURFACE_HUB_ADR";

  private static ShipmentData shipped(String workload, int units, int monthsAgo) {
    return new ShipmentData(workload, AS_OF.minusMonths(monthsAgo), units);
  }

  static Stream<Arguments> partners() {
    return Stream.of(
        // shipments, authorizations, silver devices, silver met, gold met, missing
        Arguments.of(List.of(shipped("SURFACE_HUB", 12, 1)), List.of(ADR), 12, true, false, List.of()),
        Arguments.of(List.of(shipped("SURFACE_HUB", 12, 1)), List.of(), 12, false, false, List.of(ADR)),
        Arguments.of(List.of(shipped("SURFACE_HUB", 30, 11), shipped("SURFACE_HUB", 22, 0)), List.of(ADR), 52, true, true, List.of()),
        Arguments.of(List.of(shipped("SURFACE_HUB", 52, 13)), List.of(ADR), 0, false, false, List.of()),
        Arguments.of(List.of(shipped("SURFACE_HUB", 11, 2), shipped("PROPLUS", 100, 2)), List.of(ADR), 11, false, false, List.of()),
        Arguments.of(List.of(), List.of(ADR, ADR), 0, false, false, List.of()));
  }

  @ParameterizedTest(name = "{0}, authorized {1} → {2} devices, silver {3}, gold {4}")
  @MethodSource("partners")
  void devicesInTheWindowAndTheAuthorizationBothCount(List<ShipmentData> shipments, List<String> authorizations, int devices,
      boolean silverMet, boolean goldMet, List<String> missing) {
    EvaluationResult result = evaluate(SURFACE_HUB, new PartnerData(List.of(), List.of(), shipments, authorizations));

    assertEquals(devices, performance(result, "silver").actual());
    assertEquals(silverMet, performance(result, "silver").met());
    assertEquals(goldMet, performance(result, "gold").met());
    assertEquals(missing, performance(result, "silver").missingAuthorizations());
    assertEquals(missing, performance(result, "gold").missingAuthorizations());
  }
}
