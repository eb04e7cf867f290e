package io.competency.partnermutation;

import static io.competency.partnermutation.Partner.customer;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The performance steps of a plan, over HTTP in both storage modes: one RAISE_METRIC per metric not met,
 * in the requirement's order, for exactly the shortfall in the metric's unit (whole US dollars for money:
 * the fewest that lift the exact sum, credits included, to the threshold); then one GAIN_AUTHORIZATION per
 * authorization missing; then the next requirement's steps. An option whose top tier is met has no next
 * tier and no steps. Following the steps meets the tier; one dollar less does not.
 */
class NextStepsRaiseEachShortMetricByItsShortfallTest {
  @RegisterExtension
  static final BothStorages servers = new BothStorages();

  private static final String CRM = "cloud-customer-relationship-management";

  /** A Cloud CRM reseller with the people silver needs; its net new revenue lines are {@code amounts}. */
  private static Partner crmReseller(String... amounts) {
    Partner.Customer fabrikam = customer("fabrikam", "DYNAMICS_DIGITAL_PARTNER_OF_RECORD");
    for (String amount : amounts) {
      fabrikam.revenue("CRM_ONLINE", "2017-03-01", amount, "NET_NEW");
    }
    return Partner.in(Partner.DEVELOPED).customer(fabrikam)
        .individual("ana", "MB2-714", "MB2-710").individual("ben", "MB2-712").with("competencies", List.of(CRM));
  }

  @ParameterizedTest
  @EnumSource(Storage.class)
  void fiftyCentsShortOfTheThresholdIsOneDollarToRaise(Storage storage) {
    PartnerServer server = servers.in(storage);

    JsonArray steps = only(server.evaluations(crmReseller("99999.50").input())).getJsonArray("nextSteps");

    assertEquals(List.of("RAISE_METRIC NET_NEW_REVENUE 1 USD"), describe(steps));
    assertEquals("Add US$1 of net new revenue in the last 12 months in Developed markets.",
        steps.getJsonObject(0).getJsonObject("explanation").getString("text"));
    assertEquals("silver", achieved(server, crmReseller("99999.50", "1")));
    assertEquals(null, achieved(server, crmReseller("99999.50", "0.49")));
  }

  @ParameterizedTest
  @EnumSource(Storage.class)
  void aCreditBelowZeroIsMadeUpInFull(Storage storage) {
    PartnerServer server = servers.in(storage);

    JsonArray steps = only(server.evaluations(crmReseller("50000", "-60000.25").input())).getJsonArray("nextSteps");

    assertEquals(List.of("RAISE_METRIC NET_NEW_REVENUE 110001 USD"), describe(steps));
    assertEquals("silver", achieved(server, crmReseller("50000", "-60000.25", "110001")));
    assertEquals(null, achieved(server, crmReseller("50000", "-60000.25", "110000")));
  }

  @ParameterizedTest
  @EnumSource(Storage.class)
  void devicesThenTheAuthorizationThenThePeople(Storage storage) {
    PartnerServer server = servers.in(storage);
    Partner partner = Partner.in(Partner.DEVELOPED).shipment("SURFACE_HUB", "2017-01-15", 7).shipment("SURFACE_HUB", "2016-01-15", 30)
        .individual("cy", "TA-SURFACE-HUB").with("competencies", List.of("windows-and-devices"));

    JsonObject surfaceHub = server.evaluations(partner.input()).stream().map(JsonObject.class::cast)
        .filter(e -> e.getJsonObject("option").getString("slug").equals("surface-hub")).findFirst().orElseThrow();

    assertEquals(List.of("RAISE_METRIC DEVICES_SHIPPED 5 COUNT", "GAIN_AUTHORIZATION SURFACE_HUB_ADR", "EARN_CREDENTIAL new 1 [TA-SURFACE-HUB]"),
        describe(surfaceHub.getJsonArray("nextSteps")));
    assertEquals(List.of(0, 0, 1), surfaceHub.getJsonArray("nextSteps").stream()
        .map(s -> ((JsonObject) s).getJsonObject("requirement").getInteger("position")).toList());
  }

  @ParameterizedTest
  @EnumSource(Storage.class)
  void twoShortMetricsOfOneRequirementAreTwoStepsInItsOrder(Storage storage) {
    PartnerServer server = servers.in(storage);
    Partner partner = Partner.in(Partner.DEVELOPED)
        .customer(customer("contoso", "EMS_DELEGATED_ADMIN").since("2017-01-10").deployment("INTUNE", 100))
        .individual("di", "TA-EMS-OVERVIEW", "TA-INFORMATION-PROTECTION").individual("ed", "TA-EMS-OVERVIEW", "TA-CLOUD-APP-SECURITY")
        .with("competencies", List.of("enterprise-mobility-management"));

    JsonObject enterprise = server.evaluations(partner.input()).stream().map(JsonObject.class::cast)
        .filter(e -> e.getJsonObject("option").getString("slug").equals("enterprise-partner")).findFirst().orElseThrow();

    assertEquals(List.of("RAISE_METRIC NEW_CUSTOMERS 2 COUNT", "RAISE_METRIC ACTIVE_ENTITLEMENTS 400 COUNT"),
        describe(enterprise.getJsonArray("nextSteps")));
  }

  @ParameterizedTest
  @EnumSource(Storage.class)
  void anOptionWhoseTopTierIsMetHasNoSteps(Storage storage) {
    PartnerServer server = servers.in(storage);
    Partner gold = Partner.in(Partner.DEVELOPED).customer(customer("contoso", "DELEGATED_ADMIN").deployment("EXCHANGE_ONLINE", 4000))
        .individual("ana", "MCSA-OFFICE-365").individual("ben", "70-346", "70-347").with("competencies", List.of("cloud-productivity"));

    JsonObject evaluation = only(server.evaluations(gold.input()));

    assertEquals("gold", evaluation.getJsonObject("achievedTier").getString("slug"));
    assertEquals(null, evaluation.getValue("nextTier"));
    assertEquals(new JsonArray(), evaluation.getJsonArray("nextSteps"));
  }

  private static JsonObject only(JsonArray evaluations) {
    assertEquals(1, evaluations.size(), evaluations::encode);
    return evaluations.getJsonObject(0);
  }

  private static String achieved(PartnerServer server, Partner partner) {
    JsonObject tier = server.evaluation(partner.inputFor(CRM, "cloud-crm-reseller")).getJsonObject("achievedTier");
    return tier == null ? null : tier.getString("slug");
  }

  private static List<String> describe(JsonArray steps) {
    return steps.stream().map(JsonObject.class::cast).map(s -> switch (s.getString("kind")) {
      case "RAISE_METRIC" -> "RAISE_METRIC " + s.getString("metric") + " " + s.getInteger("amount") + " " + s.getString("unit");
      case "GAIN_AUTHORIZATION" -> "GAIN_AUTHORIZATION " + s.getJsonObject("authorization").getString("code");
      default -> "EARN_CREDENTIAL " + (s.getString("individualId") != null ? s.getString("individualId") : "new " + s.getInteger("newIndividual"))
          + " " + s.getJsonArray("anyOf").stream().map(c -> ((JsonObject) c).getString("code")).toList();
    }).toList();
  }
}
