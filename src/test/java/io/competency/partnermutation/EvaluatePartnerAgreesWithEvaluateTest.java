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
 * One call for every option says, option by option, exactly what {@code evaluate} says for that option
 * with the same data: the same tiers, figures, exclusions, explanations, plan and notices. Only what
 * names the stored evaluation differs (its id, when it was made). In both storage modes.
 */
class EvaluatePartnerAgreesWithEvaluateTest {
  @RegisterExtension
  static final BothStorages servers = new BothStorages();

  /** A partner touching most of the catalog: Office 365 and EMS deployments, Dynamics and Azure money, devices, people. */
  private static Partner partner() {
    return Partner.in(Partner.DEVELOPED)
        .customer(customer("contoso", "DELEGATED_ADMIN", "EMS_DELEGATED_ADMIN").since("2016-11-01")
            .deployment("EXCHANGE_ONLINE", 1500).deployment("YAMMER", 300, true, null).deployment("INTUNE", 900, false, "2017-02-01")
            .revenue("AZURE", "2017-05-31", "4200.75", "CONSUMPTION"))
        .customer(customer("fabrikam", "DYNAMICS_DIGITAL_PARTNER_OF_RECORD", "POWER_BI_PARTNER_OF_RECORD")
            .deployment("POWER_BI", 700).revenue("CRM_ONLINE", "2017-03-01", "60000.00", "NET_NEW")
            .revenue("DYNAMICS_365_PLAN_2", "2016-01-01", "-500", "NET_NEW"))
        .customer(customer("tailspin").deployment("EXCHANGE_ONLINE", 900))
        .individual("ana", "70-346", "70-347", "70-354")
        .individual("ben", "MB2-714", "MB2-712", "70-533")
        .individual("cy", "TA-SURFACE-HUB")
        .shipment("SURFACE_HUB", "2017-04-01", 40)
        .authorization("SURFACE_HUB_ADR");
  }

  @ParameterizedTest
  @EnumSource(Storage.class)
  void eachEvaluationIsWhatEvaluateSaysForItsOption(Storage storage) {
    PartnerServer server = servers.in(storage);
    JsonArray evaluations = server.evaluations(partner().with("reference", "q3-review").input());

    for (Object e : evaluations) {
      JsonObject wide = ((JsonObject) e).copy();
      JsonObject single = server.evaluation(partner().with("reference", "q3-review")
          .inputFor(wide.getJsonObject("competency").getString("slug"), wide.getJsonObject("option").getString("slug"))).copy();
      for (String naming : List.of("id", "createdAt")) {
        wide.remove(naming);
        single.remove(naming);
      }
      assertEquals(single, wide);
    }
  }
}
