package io.competency.store;

import static io.competency.evaluation.Program2017.AS_OF;
import static io.competency.evaluation.Program2017.CRM;
import static io.competency.evaluation.Program2017.DEVELOPED;
import static io.competency.evaluation.Program2017.ERP;
import static io.competency.evaluation.Program2017.SERVICE_PARTNER;
import static io.competency.evaluation.Program2017.SURFACE_HUB;
import static io.competency.evaluation.Program2017.dpor;
import static io.competency.evaluation.Program2017.netNew;
import static io.competency.evaluation.Program2017.person;
import static io.competency.evaluation.Program2017.revenue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.competency.catalog.Option;
import io.competency.evaluation.CustomerData;
import io.competency.evaluation.DeploymentData;
import io.competency.evaluation.EvaluatedRequest;
import io.competency.evaluation.EvaluationRequest;
import io.competency.evaluation.EvaluationResult;
import io.competency.evaluation.MetricResult;
import io.competency.evaluation.PartnerData;
import io.competency.evaluation.PerformanceResult;
import io.competency.evaluation.Program2017;
import io.competency.evaluation.RevenueType;
import io.competency.evaluation.ShipmentData;
import io.competency.evaluation.SkillResult;
import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The stored form of an evaluation (format 2) keeps what the program's requirements add — revenue
 * lines with exact amounts, deployment dates, shipments, authorizations, money results, excluded lines,
 * missing authorizations, roles and notices — through JSON text, and a format 1 tree still reads.
 */
class StoredEvaluationsKeepMoneyRolesAndNoticesTest {
  private static final EvaluationCodec CODEC = new EvaluationCodec();

  private static EvaluatedRequest evaluated(Option option, LocalDate asOf, PartnerData partner) {
    EvaluationRequest request = new EvaluationRequest(option.competency(), option.slug(), DEVELOPED, asOf, partner, "program");
    EvaluationResult result = Program2017.evaluate(option, DEVELOPED, asOf, partner);
    return new EvaluatedRequest(request, result);
  }

  static Stream<Arguments> evaluations() {
    CustomerData withEverything = new CustomerData("c1", List.of(Program2017.DPOR), AS_OF.minusYears(1),
        List.of(new DeploymentData("CRM_ONLINE", 30, false, AS_OF.minusMonths(2)), new DeploymentData("DYNAMICS_365_PLAN_1", 5, true)),
        List.of(netNew("CRM_ONLINE", "0.1"), netNew("CRM_ONLINE", "-12345.678901"), netNew("DYNAMICS_365_PLAN_2", "7"),
            revenue("CRM_ONLINE", AS_OF.minusYears(2), "99999999999.99", RevenueType.NET_NEW)));
    return Stream.of(
        Arguments.of("CRM: revenue lines, credits, exclusions", evaluated(CRM, AS_OF, new PartnerData(List.of(withEverything),
            List.of(person("ana", "MB2-714", "MB2-710", "MB2-712"), person("bo", "MB2-707"))))),
        Arguments.of("Surface Hub: shipments, a missing authorization", evaluated(SURFACE_HUB, AS_OF, new PartnerData(List.of(),
            List.of(person("ana", "TA-SURFACE-HUB")), List.of(new ShipmentData("SURFACE_HUB", AS_OF, 60)), List.of()))),
        Arguments.of("ERP: five roles, one short", evaluated(ERP, AS_OF, new PartnerData(List.of(dpor("c2")),
            List.of(person("Ana", "MB6-890", "MB6-893"), person("Bo", "MB6-892"))))),
        Arguments.of("Service Partner: retired exams", evaluated(SERVICE_PARTNER, LocalDate.of(2017, 10, 2),
            new PartnerData(List.of(), List.of(person("ana", "70-354"), person("bo", "70-355")), List.of(), List.of("SURFACE_HUB_ADR")))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("evaluations")
  void anEvaluationDecodesToEqualRecordsAfterATripThroughJsonText(String name, EvaluatedRequest evaluation) {
    String json = new JsonObject(CODEC.encode(evaluation.request(), evaluation.result())).encode();

    assertEquals(evaluation, CODEC.decode(new JsonObject(json).getMap()));
  }

  @Test
  void amountsAreStoredAsExactDecimalStrings() {
    EvaluatedRequest evaluation = evaluated(CRM, AS_OF, new PartnerData(List.of(dpor("c1", netNew("CRM_ONLINE", "0.10"),
        netNew("CRM_ONLINE", "0.20"))), List.of()));

    String json = new JsonObject(CODEC.encode(evaluation.request(), evaluation.result())).encode();

    assertTrue(json.contains("\"amountUsd\":\"0.10\""), json);
    assertTrue(json.contains("\"actualAmount\":\"0.30\""), json);
    MetricResult metric = ((PerformanceResult) CODEC.decode(new JsonObject(json).getMap()).result().tiers().get(0).requirements().get(0))
        .metrics().get(0);
    assertEquals(new BigDecimal("0.30"), metric.actualAmount());
  }

  @Test
  @SuppressWarnings("unchecked")
  void aFormatOneTreeReadsAsHavingNoneOfTheNewFields() {
    EvaluatedRequest evaluation = evaluated(Program2017.DEVOPS, AS_OF, new PartnerData(List.of(), List.of(person("ana", "70-496", "70-498"))));
    Map<String, Object> tree = new JsonObject(new JsonObject(CODEC.encode(evaluation.request(), evaluation.result())).encode()).getMap();
    tree.put("format", 1);
    Map<String, Object> requirement = (Map<String, Object>) ((List<Object>) ((Map<String, Object>) ((List<Object>) ((Map<String, Object>)
        tree.get("result")).get("tiers")).get(0)).get("requirements")).get(0);
    requirement.remove("roles");
    ((List<Map<String, Object>>) requirement.get("qualifiedIndividuals")).forEach(q -> q.remove("role"));

    SkillResult read = (SkillResult) CODEC.decode(tree).result().tiers().get(0).requirements().get(0);

    assertEquals(1, read.roles().size());
    assertEquals(0, read.qualifiedIndividuals().get(0).role());
  }
}
