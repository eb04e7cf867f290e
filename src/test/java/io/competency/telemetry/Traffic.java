package io.competency.telemetry;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/** Requests the telemetry tests send: an evaluation that reaches silver, and one with bad input. */
final class Traffic {
  static final String EVALUATE = """
      mutation Evaluate($input: EvaluateInput!) {
        evaluate(input: $input) { evaluation { id achievedTier { slug } } userErrors { code } }
      }
      """;

  static final String COMPETENCY_PAGE = """
      query CompetencyPage { competency(slug: "cloud-productivity") { slug options { tiers { slug } } } }
      """;

  private Traffic() {
  }

  /** Contoso's 2,500 Exchange users and Ana's MCSA: silver. */
  static JsonObject silverPartner() {
    return new JsonObject()
        .put("competency", "cloud-productivity")
        .put("market", "DEVELOPED")
        .put("asOf", "2017-07-07")
        .put("customers", new JsonArray().add(new JsonObject()
            .put("id", "contoso").put("associations", new JsonArray().add("DELEGATED_ADMIN")).put("since", "2016-01-10")
            .put("deployments", new JsonArray().add(new JsonObject().put("workload", "EXCHANGE_ONLINE").put("activeUsers", 2500)))))
        .put("individuals", new JsonArray().add(new JsonObject().put("id", "ana").put("credentials", new JsonArray().add("MCSA-OFFICE-365"))));
  }

  /** A workload the catalog does not know: a user error. */
  static JsonObject unknownWorkload() {
    JsonObject input = silverPartner();
    input.getJsonArray("customers").getJsonObject(0).getJsonArray("deployments").getJsonObject(0).put("workload", "NO_SUCH_WORKLOAD");
    return input;
  }
}
