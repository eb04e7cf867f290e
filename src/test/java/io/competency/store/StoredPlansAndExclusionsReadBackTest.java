package io.competency.store;

import static io.competency.evaluation.CloudProductivity.AS_OF;
import static io.competency.evaluation.CloudProductivity.SNAPSHOT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.competency.catalog.Option;
import io.competency.evaluation.CustomerData;
import io.competency.evaluation.DeploymentData;
import io.competency.evaluation.EvaluatedRequest;
import io.competency.evaluation.EvaluationRequest;
import io.competency.evaluation.EvaluationResult;
import io.competency.evaluation.Evaluator;
import io.competency.evaluation.IndividualData;
import io.competency.evaluation.NextStepKind;
import io.competency.evaluation.PartnerData;
import io.competency.evaluation.PartnerIndex;
import io.competency.evaluation.PerformanceResult;
import io.competency.evaluation.RevenueData;
import io.competency.evaluation.RevenueType;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What format 3 of the stored evaluation adds reads back unchanged through JSON text: the plan to the
 * next tier, stored as made, and excluded deployments and revenue lines stored column by column (a
 * partner with thousands of deployments an option does not count, credits, several workloads and
 * reasons). An evaluation stored before plans were (format 2) reads back with its exclusions and a
 * plan made from its results.
 */
class StoredPlansAndExclusionsReadBackTest {
  private static final EvaluationCodec CODEC = new EvaluationCodec();
  private static final Evaluator EVALUATOR = new Evaluator(SNAPSHOT::credential);

  /** 2,000 customers of Office 365, some trials and no association; net new revenue of Dynamics, credits among it; people short of silver. */
  private static PartnerData partner() {
    List<CustomerData> customers = new ArrayList<>();
    for (int i = 0; i < 2_000; i++) {
      List<DeploymentData> deployments = List.of(new DeploymentData("EXCHANGE_ONLINE", i % 97, false),
          new DeploymentData("YAMMER", 3, i % 7 == 0, AS_OF.minusMonths(i % 30)));
      List<RevenueData> revenue = i % 10 != 0 ? List.of() : List.of(
          new RevenueData("CRM_ONLINE", AS_OF.minusMonths(i % 20), new BigDecimal(i % 3 == 0 ? "-120.25" : "999.99"), RevenueType.NET_NEW),
          new RevenueData("AZURE", AS_OF.minusDays(i), new BigDecimal("10"), RevenueType.CONSUMPTION));
      customers.add(new CustomerData("customer-" + i, i % 5 == 0 ? List.of() : List.of("DELEGATED_ADMIN", "DYNAMICS_DIGITAL_PARTNER_OF_RECORD"),
          i % 3 == 0 ? null : AS_OF.minusMonths(i % 40), deployments, revenue));
    }
    return new PartnerData(customers, List.of(new IndividualData("ana", List.of("MB2-714")), new IndividualData("ben", List.of("70-346"))));
  }

  private static EvaluatedRequest evaluated(PartnerIndex index, Option option) {
    EvaluationResult result = EVALUATOR.evaluate(option, "DEVELOPED", AS_OF, index);
    return new EvaluatedRequest(new EvaluationRequest(option.competency(), option.slug(), "DEVELOPED", AS_OF, new PartnerData(List.of(), List.of()),
        null), result);
  }

  private static JsonObject throughText(EvaluatedRequest evaluation) {
    return new JsonObject(new JsonObject(CODEC.encode(evaluation.request(), evaluation.result())).encode());
  }

  @Test
  void everyOptionsPlanAndExclusionsReadBackUnchanged() {
    PartnerIndex index = PartnerIndex.of(partner());
    int excluded = 0;
    int steps = 0;
    for (Option option : SNAPSHOT.competencies().stream().flatMap(c -> c.options().stream()).toList()) {
      EvaluatedRequest evaluation = evaluated(index, option);

      assertEquals(evaluation, CODEC.decode(throughText(evaluation).getMap()), option.slug());
      excluded += evaluation.result().tiers().stream().flatMap(t -> t.requirements().stream())
          .filter(r -> r instanceof PerformanceResult).mapToInt(r -> ((PerformanceResult) r).excludedDeployments().size()
              + ((PerformanceResult) r).excludedRevenue().size()).sum();
      steps += evaluation.result().nextSteps().size();
    }
    assertTrue(excluded > 10_000, "thousands of exclusions were written and read: " + excluded);
    assertTrue(steps > 25, "plans were written and read: " + steps);
  }

  @Test
  void exclusionsAreStoredColumnByColumn() {
    EvaluatedRequest evaluation = evaluated(PartnerIndex.of(partner()), SNAPSHOT.option("cloud-productivity", "managed-service-partner"));

    JsonObject silver = throughText(evaluation).getJsonObject("result").getJsonArray("tiers").getJsonObject(0)
        .getJsonArray("requirements").getJsonObject(0);
    JsonObject columns = silver.getJsonObject("excludedDeployments");

    assertEquals(List.of("customers", "runs", "workloads", "reasons", "entries"), List.copyOf(columns.fieldNames()));
    assertTrue(columns.getValue("entries") instanceof String, "the entries are one string");
    int entries = columns.getJsonArray("runs").stream().mapToInt(r -> (Integer) r).sum();
    assertEquals(((PerformanceResult) evaluation.result().tiers().get(0).requirements().get(0)).excludedDeployments().size(), entries);
  }

  @Test
  void anEvaluationStoredBeforePlansWereReadsBackWithAPlanFromItsResults() {
    EvaluatedRequest evaluation = evaluated(PartnerIndex.of(partner()), SNAPSHOT.option("cloud-customer-relationship-management",
        "cloud-crm-reseller"));
    JsonObject formatTwo = asFormatTwo(throughText(evaluation));

    EvaluatedRequest back = CODEC.decode(formatTwo.getMap());

    assertEquals(evaluation.result().tiers(), back.result().tiers(), "the results, exclusions included, read back");
    assertEquals(evaluation.result().nextSteps().stream().filter(s -> s.kind() == NextStepKind.RAISE_METRIC).toList(),
        back.result().nextSteps().stream().filter(s -> s.kind() == NextStepKind.RAISE_METRIC).toList(), "metric steps are exact");
    assertFalse(back.result().nextSteps().stream().noneMatch(s -> s.kind() == NextStepKind.EARN_CREDENTIAL),
        "the skill requirement short of people still has steps: " + back.result().nextSteps());
  }

  /** The tree as format 2 wrote it: no plan, exclusions one object each. */
  private static JsonObject asFormatTwo(JsonObject tree) {
    JsonObject old = tree.copy().put("format", 2);
    old.getJsonObject("result").remove("nextSteps");
    for (Object tier : old.getJsonObject("result").getJsonArray("tiers")) {
      for (Object requirement : ((JsonObject) tier).getJsonArray("requirements")) {
        JsonObject result = (JsonObject) requirement;
        if (result.getValue("excludedDeployments") instanceof JsonObject columns) {
          result.put("excludedDeployments", objects(columns, "activeUsers"));
        }
        if (result.getValue("excludedRevenue") instanceof JsonObject columns) {
          result.put("excludedRevenue", objects(columns, "type"));
        }
      }
    }
    return new JsonObject(old.encode());
  }

  private static JsonArray objects(JsonObject columns, String second) {
    JsonArray out = new JsonArray();
    String[] entries = columns.getString("entries").split(" ");
    int next = 0;
    int at = 0;
    for (int run = 0; run < columns.getJsonArray("runs").size(); run++) {
      for (int e = 0; e < columns.getJsonArray("runs").getInteger(run); e++) {
        JsonObject object = new JsonObject()
            .put("customerId", columns.getJsonArray("customers").getString(run))
            .put("workload", columns.getJsonArray("workloads").getString(Integer.parseInt(entries[next])))
            .put("reason", columns.getJsonArray("reasons").getString(Integer.parseInt(entries[next + 2])));
        if (second.equals("activeUsers")) {
          object.put("activeUsers", Integer.parseInt(entries[next + 1]));
        } else {
          object.put("type", columns.getJsonArray("types").getString(Integer.parseInt(entries[next + 1])))
              .put("date", columns.getJsonArray("dates").getString(at)).put("amountUsd", columns.getJsonArray("amounts").getString(at));
        }
        next += 3;
        at++;
        out.add(object);
      }
    }
    return out;
  }
}
