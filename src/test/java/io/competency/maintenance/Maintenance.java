package io.competency.maintenance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.competency.catalog.NodeId;
import io.competency.support.Documents;
import io.competency.support.GraphqlClient.Response;
import io.competency.support.GraphqlClient;
import io.competency.support.TestKeys;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the tests of catalog edits share: valid inputs to vary, and small senders and readers of
 * mutations (the documents are {@link Documents}, the keys {@link TestKeys}). Inputs are
 * {@link JsonObject}s so that a test can change one field of a valid input by its dotted path
 * ({@link #with}) and see exactly that field reported.
 */
public final class Maintenance {
  public static final String COMPETENCY = "cloud-productivity";
  public static final String OPTION = "managed-service-partner";

  private Maintenance() {
  }

  /** Localized text input from locale, text pairs: {@code texts("en-US", "Platinum", "ru-RU", "Платиновый")}. */
  public static JsonArray texts(String... localesAndTexts) {
    JsonArray out = new JsonArray();
    for (int i = 0; i < localesAndTexts.length; i += 2) {
      out.add(new JsonObject().put("locale", localesAndTexts[i]).put("text", localesAndTexts[i + 1]));
    }
    return out;
  }

  /**
   * A valid {@code addTier} input: a platinum tier (rank 3) of the bundled option with a performance
   * requirement of two metrics (active entitlements per market, new customers over 12 months in every
   * market) and a skill requirement of two paths.
   */
  public static JsonObject platinumTier() {
    JsonObject performance = new JsonObject()
        .put("title", texts("en-US", "Your organization must meet the platinum performance thresholds.",
            "ru-RU", "Ваша организация должна достичь платиновых пороговых значений."))
        .put("notes", new JsonArray().add(texts("en-US", "Trial SKUs are not included.")))
        .put("metrics", new JsonArray()
            .add(new JsonObject().put("metric", "ACTIVE_ENTITLEMENTS").put("thresholds", new JsonArray()
                .add(new JsonObject().put("market", "DEVELOPED").put("value", 8000))
                .add(new JsonObject().put("market", "DEVELOPING").put("value", 4000))))
            .add(new JsonObject().put("metric", "NEW_CUSTOMERS").put("windowMonths", 12).put("thresholds", new JsonArray()
                .add(new JsonObject().put("value", 10)))))
        .put("eligibleWorkloads", new JsonArray().add("EXCHANGE_ONLINE").add("SHAREPOINT_ONLINE"))
        .put("excludesTrials", true)
        .put("qualifyingAssociations", new JsonArray().add("DELEGATED_ADMIN").add("FAST_TRACK_PARTNER"))
        .put("requiredAuthorizations", new JsonArray());
    JsonObject skill = new JsonObject()
        .put("title", texts("en-US", "Your organization must have 4 individuals pass the exam requirements."))
        .put("individuals", 4)
        .put("paths", new JsonArray()
            .add(new JsonObject().put("choices", new JsonArray()
                .add(new JsonObject().put("anyOf", new JsonArray().add("70-346")))
                .add(new JsonObject().put("anyOf", new JsonArray().add("70-347")))))
            .add(new JsonObject().put("choices", new JsonArray()
                .add(new JsonObject().put("anyOf", new JsonArray().add("MCSA-OFFICE-365"))))));
    return new JsonObject()
        .put("competency", COMPETENCY)
        .put("option", OPTION)
        .put("slug", "platinum")
        .put("rank", 3)
        .put("name", texts("en-US", "Platinum", "ru-RU", "Платиновый"))
        .put("requirements", new JsonArray()
            .add(new JsonObject().put("performance", performance))
            .add(new JsonObject().put("skill", skill)))
        .put("clientMutationId", "add-platinum-1");
  }

  /** A valid {@code addTier} input for a tier of the bundled option with one skill requirement. */
  public static JsonObject simpleTier(String slug, int rank) {
    return tierWithSkill(slug, rank, "MCSA-OFFICE-365");
  }

  /** A tier of the bundled option whose one skill requirement is any of {@code credentials}. */
  public static JsonObject tierWithSkill(String slug, int rank, String... credentials) {
    JsonArray anyOf = new JsonArray();
    List.of(credentials).forEach(anyOf::add);
    JsonObject skill = new JsonObject()
        .put("title", texts("en-US", "One individual must hold the credential."))
        .put("individuals", 1)
        .put("paths", new JsonArray().add(new JsonObject().put("choices", new JsonArray().add(new JsonObject().put("anyOf", anyOf)))));
    return new JsonObject()
        .put("competency", COMPETENCY)
        .put("option", OPTION)
        .put("slug", slug)
        .put("rank", rank)
        .put("name", texts("en-US", capitalized(slug)))
        .put("requirements", new JsonArray().add(new JsonObject().put("skill", skill)));
  }

  private static String capitalized(String slug) {
    return Character.toUpperCase(slug.charAt(0)) + slug.substring(1);
  }

  /** A copy of {@code input} with the value at a dotted path ({@code requirements.0.skill.individuals}) replaced. */
  public static JsonObject with(JsonObject input, String dottedPath, Object value) {
    JsonObject copy = input.copy();
    int dot = dottedPath.lastIndexOf('.');
    Object parent = dot < 0 ? copy : GraphqlClient.Response.at(copy, dottedPath.substring(0, dot));
    String last = dottedPath.substring(dot + 1);
    if (parent instanceof JsonObject object) {
      object.put(last, value);
    } else if (parent instanceof JsonArray array) {
      array.set(Integer.parseInt(last), value);
    } else {
      throw new IllegalArgumentException("no " + dottedPath + " in " + input.encode());
    }
    return copy;
  }

  /** A copy of {@code input} without the object field at a dotted path. */
  public static JsonObject without(JsonObject input, String dottedPath) {
    JsonObject copy = input.copy();
    int dot = dottedPath.lastIndexOf('.');
    Object parent = dot < 0 ? copy : GraphqlClient.Response.at(copy, dottedPath.substring(0, dot));
    if (!(parent instanceof JsonObject object) || object.remove(dottedPath.substring(dot + 1)) == null) {
      throw new IllegalArgumentException("no " + dottedPath + " in " + input.encode());
    }
    return copy;
  }

  /** Sends a mutation document with {@code input} as its one variable, with the key {@code secret} (none when null). */
  public static Response mutate(GraphqlClient client, String secret, String document, JsonObject input) {
    GraphqlClient.Operation operation = client.query(document).variables(Map.of("input", input));
    if (secret != null) {
      operation.bearer(secret);
    }
    return operation.post().assertWellFormed();
  }

  /** Sends a mutation with the maintainer key. */
  public static Response maintain(GraphqlClient client, String document, JsonObject input) {
    return mutate(client, TestKeys.MAINTAINER_SECRET, document, input);
  }

  /** Sends a mutation with the maintainer key and checks that it applied cleanly: no errors, no user errors. */
  public static Response applied(GraphqlClient client, String document, Map<String, ?> input) {
    Response response = maintain(client, document, new JsonObject(new LinkedHashMap<>(input)));
    assertEquals(200, response.status(), response::toString);
    assertTrue(response.errors().isEmpty(), response::toString);
    JsonObject data = response.json().getJsonObject("data");
    JsonObject payload = data.getJsonObject(data.fieldNames().iterator().next());
    assertEquals(new JsonArray(), payload.getJsonArray("userErrors"), response::toString);
    return response;
  }

  /** The payload of the one mutation field of a response, after checking that there are no top-level errors. */
  public static JsonObject payload(Response response, String mutation) {
    assertEquals(200, response.status(), response::toString);
    assertTrue(response.errors().isEmpty(), () -> "top-level errors: " + response);
    Object payload = response.data(mutation);
    assertTrue(payload instanceof JsonObject, () -> "no payload " + mutation + ": " + response);
    return (JsonObject) payload;
  }

  /** The payload of an accepted mutation: it has no user errors. */
  public static JsonObject accepted(Response response, String mutation) {
    JsonObject payload = payload(response, mutation);
    assertEquals(new JsonArray(), payload.getJsonArray("userErrors"), () -> "user errors: " + response);
    return payload;
  }

  /** The user errors of a rejected mutation as {@code code @ field} lines, after checking that its result is null. */
  public static List<String> rejections(Response response, String mutation, String resultField) {
    JsonObject payload = payload(response, mutation);
    assertTrue(payload.getValue(resultField) == null, () -> "a rejected edit still returned " + resultField + ": " + response);
    return payload.getJsonArray("userErrors").stream()
        .map(e -> (JsonObject) e)
        .peek(e -> assertTrue(e.getString("message") != null && !e.getString("message").isBlank(), () -> "no message: " + e))
        .map(e -> e.getString("code") + " @ " + e.getJsonArray("field").encode())
        .toList();
  }

  /** {@code CODE @ ["input",...]}, as {@link #rejections} lists a user error. */
  public static String rejection(String code, String... field) {
    return code + " @ " + new JsonArray(List.of((Object[]) field)).encode();
  }

  /** The catalog revision a server serves. */
  public static int revision(GraphqlClient client) {
    Response response = client.query(Documents.REVISION).post().assertWellFormed();
    Object revision = response.data("catalog.revision");
    assertTrue(revision instanceof Integer, response::toString);
    return (Integer) revision;
  }

  /** A tier of the bundled option as served, or null. */
  public static JsonObject tier(GraphqlClient client, String slug) {
    Response response = client.query(Documents.TIER).variables(Map.of("slug", slug)).post().assertWellFormed();
    assertTrue(response.errors().isEmpty(), response::toString);
    return (JsonObject) response.data("competency.option.tier");
  }

  /** The node id of a tier of the bundled option. */
  public static String tierId(String slug) {
    return NodeId.of(NodeId.TIER, COMPETENCY, OPTION, slug).encode();
  }

  /** The node id of a requirement of a tier of the bundled option. */
  public static String requirementId(String tier, int position) {
    return NodeId.of(NodeId.REQUIREMENT, COMPETENCY, OPTION, tier, String.valueOf(position)).encode();
  }
}
