package io.competency.hostile;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/** Valid inputs for the attacks to spoil one field of. */
final class Inputs {
  static final String EVALUATE = """
      mutation Evaluate($input: EvaluateInput!) {
        evaluate(input: $input) { evaluation { id achievedTier { slug } } userErrors { code field } }
      }
      """;
  static final String EVALUATE_PARTNER = """
      mutation EvaluatePartner($input: EvaluatePartnerInput!) {
        evaluatePartner(input: $input) { userErrors { code field } }
      }
      """;
  static final String ADD_WORKLOAD = """
      mutation($input: AddWorkloadInput!) { addWorkload(input: $input) { workload { code } userErrors { code field } } }
      """;
  static final String ADD_COMPETENCY = """
      mutation($input: AddCompetencyInput!) { addCompetency(input: $input) { competency { slug } userErrors { code field } } }
      """;
  static final String ADD_CREDENTIAL = """
      mutation($input: AddCredentialInput!) { addCredential(input: $input) { credential { code } userErrors { code field } } }
      """;
  static final String SET_TRANSLATION = """
      mutation($input: SetTranslationInput!) { setTranslation(input: $input) { userErrors { code field } } }
      """;
  static final String REMOVE_TIER = """
      mutation($input: RemoveTierInput!) { removeTier(input: $input) { removedTierId userErrors { code field } } }
      """;

  private Inputs() {
  }

  /** Contoso's 2,500 Exchange users and Ana's MCSA, for Cloud Productivity: silver. */
  static JsonObject partner() {
    return new JsonObject()
        .put("competency", "cloud-productivity")
        .put("market", "DEVELOPED")
        .put("asOf", "2017-07-07")
        .put("customers", new JsonArray().add(new JsonObject()
            .put("id", "contoso").put("associations", new JsonArray().add("DELEGATED_ADMIN")).put("since", "2016-01-10")
            .put("deployments", new JsonArray().add(new JsonObject().put("workload", "EXCHANGE_ONLINE").put("activeUsers", 2500)))
            .put("revenue", new JsonArray().add(new JsonObject()
                .put("workload", "CRM_ONLINE").put("date", "2017-01-01").put("amountUsd", "100.50").put("type", "NET_NEW")))))
        .put("individuals", new JsonArray().add(new JsonObject().put("id", "ana").put("credentials", new JsonArray().add("MCSA-OFFICE-365"))))
        .put("shipments", new JsonArray().add(new JsonObject().put("workload", "SURFACE_HUB").put("date", "2017-01-01").put("units", 3)));
  }

  /** The partner with the value at a dotted path (list indexes as numbers) replaced. */
  static JsonObject partnerWith(String path, Object value) {
    return with(partner(), path, value);
  }

  static JsonObject workload(String code, String text) {
    return new JsonObject().put("code", code).put("name", new JsonArray().add(new JsonObject().put("locale", "en-US").put("text", text)));
  }

  static JsonObject competency(String slug, String text) {
    return new JsonObject().put("slug", slug).put("name", new JsonArray().add(new JsonObject().put("locale", "en-US").put("text", text)));
  }

  static JsonObject credential(String code, Object url) {
    return new JsonObject().put("code", code).put("kind", "EXAM").put("url", url)
        .put("title", new JsonArray().add(new JsonObject().put("locale", "en-US").put("text", "An exam")));
  }

  static JsonObject with(JsonObject input, String path, Object value) {
    String[] steps = path.split("\\.");
    Object current = input;
    for (int i = 0; i < steps.length - 1; i++) {
      current = current instanceof JsonObject o ? o.getValue(steps[i]) : ((JsonArray) current).getValue(Integer.parseInt(steps[i]));
    }
    String last = steps[steps.length - 1];
    if (current instanceof JsonObject o) {
      o.put(last, value);
    } else {
      ((JsonArray) current).set(Integer.parseInt(last), value);
    }
    return input;
  }
}
