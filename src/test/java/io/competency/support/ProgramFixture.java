package io.competency.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.competency.support.GraphqlClient.Response;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * The 2017 pages transcribed in {@code src/test/resources/program-2017} (in the catalog's YAML format),
 * entered into a running server the way a maintainer would: reference data through {@code addWorkload},
 * {@code addCredential} and {@code addAuthorization}, competencies and options through
 * {@code addCompetency} and {@code addOption}, tiers through {@code addTier}. The server starts from
 * {@link #serverCatalog()}: the bundled catalog plus the association types (no mutation adds those).
 */
public final class ProgramFixture {
  public static final Path DIRECTORY = Path.of("src/test/resources/program-2017");
  private static final Pattern LOCALE = Pattern.compile("[a-z]{2}-[A-Z]{2}");

  public static final String ADD_WORKLOAD = """
      mutation($input: AddWorkloadInput!) { addWorkload(input: $input) { workload { code } userErrors { code message field } } }
      """;
  public static final String ADD_CREDENTIAL = """
      mutation($input: AddCredentialInput!) {
        addCredential(input: $input) { credential { code issuer retiresOn replacedBy { code } } userErrors { code message field } }
      }
      """;
  public static final String ADD_AUTHORIZATION = """
      mutation($input: AddAuthorizationInput!) {
        addAuthorization(input: $input) { authorization { code name { text } } userErrors { code message field } }
      }
      """;
  public static final String ADD_COMPETENCY = """
      mutation($input: AddCompetencyInput!) { addCompetency(input: $input) { competency { slug } userErrors { code message field } } }
      """;
  public static final String ADD_OPTION = """
      mutation($input: AddOptionInput!) { addOption(input: $input) { option { slug } userErrors { code message field } } }
      """;
  public static final String ADD_TIER = """
      mutation($input: AddTierInput!) {
        addTier(input: $input) {
          tier {
            slug rank
            requirements {
              __typename position title { text }
              ... on PerformanceRequirement {
                metrics { metric unit windowMonths eligibleWorkloads { code } thresholds { market { code } value } }
                eligibleWorkloads { code } qualifyingAssociations { code } requiredAuthorizations { code }
              }
              ... on SkillRequirement {
                individuals distinctPeople paths { choices { anyOf { code } } }
                roles { individuals title { text } paths { choices { anyOf { code } description { text } } } }
              }
            }
          }
          userErrors { code message field }
        }
      }
      """;

  private ProgramFixture() {
  }

  /** A catalog directory for a server: the bundled one, with the fixture's association types. */
  public static Path serverCatalog() {
    try {
      Path dir = Files.createTempDirectory("program-2017-server");
      Files.createDirectories(dir.resolve("competencies"));
      for (String file : List.of("markets.yaml", "workloads.yaml", "credentials.yaml", "competencies/cloud-productivity.yaml")) {
        Files.copy(Path.of("catalog").resolve(file), dir.resolve(file));
      }
      Files.copy(DIRECTORY.resolve("association-types.yaml"), dir.resolve("association-types.yaml"));
      dir.toFile().deleteOnExit();
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A YAML file of the fixture as plain maps and lists. */
  public static Object yaml(String file) {
    try {
      return new Load(LoadSettings.builder().build()).loadFromString(Files.readString(DIRECTORY.resolve(file), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A YAML tree as GraphQL input: localized text (a map of locale to text) becomes a list of {@code {locale, text}}. */
  @SuppressWarnings("unchecked")
  public static Object graphql(Object tree) {
    if (tree instanceof Map<?, ?> map && !map.isEmpty() && map.keySet().stream().allMatch(k -> LOCALE.matcher(String.valueOf(k)).matches())) {
      JsonArray texts = new JsonArray();
      map.forEach((locale, text) -> texts.add(new JsonObject().put("locale", locale).put("text", text)));
      return texts;
    }
    if (tree instanceof Map<?, ?> map) {
      JsonObject out = new JsonObject();
      map.forEach((k, v) -> out.put(String.valueOf(k), graphql(v)));
      return out;
    }
    if (tree instanceof List<?> list) {
      JsonArray out = new JsonArray();
      list.forEach(v -> out.add(graphql(v)));
      return out;
    }
    return tree;
  }

  /** Adds, with the maintainer key {@code secret}, every workload, credential and authorization of the fixture the server lacks. */
  @SuppressWarnings("unchecked")
  public static void addReferenceData(GraphqlClient client, String secret) {
    Set<String> workloads = codes(client, "{ workloads { code } }", "workloads");
    for (Object w : (List<Object>) yaml("workloads.yaml")) {
      if (!workloads.contains(((Map<String, Object>) w).get("code"))) {
        accepted(mutate(client, secret, ADD_WORKLOAD, (JsonObject) graphql(w)), "addWorkload");
      }
    }
    Set<String> credentials = codes(client, "{ credentials { code } }", "credentials");
    for (Object c : (List<Object>) yaml("credentials.yaml")) {
      if (!credentials.contains(((Map<String, Object>) c).get("code"))) {
        accepted(mutate(client, secret, ADD_CREDENTIAL, (JsonObject) graphql(c)), "addCredential");
      }
    }
    Set<String> authorizations = codes(client, "{ authorizations { code } }", "authorizations");
    for (Object a : (List<Object>) yaml("authorizations.yaml")) {
      if (!authorizations.contains(((Map<String, Object>) a).get("code"))) {
        accepted(mutate(client, secret, ADD_AUTHORIZATION, (JsonObject) graphql(a)), "addAuthorization");
      }
    }
  }

  /** Adds the fixture's competency and one of its options, without tiers. */
  @SuppressWarnings("unchecked")
  public static void addCompetencyAndOption(GraphqlClient client, String secret, String competency, String option) {
    Map<String, Object> tree = (Map<String, Object>) yaml("competencies/" + competency + ".yaml");
    if (client.query("{ competency(slug: \"" + competency + "\") { slug } }").post().data("competency") == null) {
      accepted(mutate(client, secret, ADD_COMPETENCY, new JsonObject().put("slug", competency)
          .put("name", graphql(tree.get("name"))).put("description", graphql(tree.get("description")))), "addCompetency");
    }
    Map<String, Object> o = option(tree, option);
    accepted(mutate(client, secret, ADD_OPTION, new JsonObject().put("competency", competency).put("slug", option)
        .put("name", graphql(o.get("name"))).put("description", graphql(o.get("description")))), "addOption");
  }

  /** The {@code AddTierInput} of a tier of the fixture. */
  @SuppressWarnings("unchecked")
  public static JsonObject tierInput(String competency, String option, String tier) {
    Map<String, Object> o = option((Map<String, Object>) yaml("competencies/" + competency + ".yaml"), option);
    Map<String, Object> t = ((List<Map<String, Object>>) o.get("tiers")).stream().filter(x -> tier.equals(x.get("slug")))
        .findFirst().orElseThrow();
    JsonObject input = (JsonObject) graphql(t);
    return input.put("competency", competency).put("option", option);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> option(Map<String, Object> competency, String slug) {
    return ((List<Map<String, Object>>) competency.get("options")).stream().filter(x -> slug.equals(x.get("slug"))).findFirst()
        .orElseThrow();
  }

  public static Response mutate(GraphqlClient client, String secret, String document, JsonObject input) {
    return client.query(document).variables(Map.of("input", input)).bearer(secret).post().assertWellFormed();
  }

  /** The payload of a mutation that has no user errors. */
  public static JsonObject accepted(Response response, String mutation) {
    assertTrue(response.errors().isEmpty(), () -> "top-level errors: " + response);
    JsonObject payload = (JsonObject) response.data(mutation);
    assertEquals(new JsonArray(), payload.getJsonArray("userErrors"), () -> "user errors: " + response);
    return payload;
  }

  private static Set<String> codes(GraphqlClient client, String query, String field) {
    Response response = client.query(query).post().assertWellFormed();
    return response.dataList(field).stream().map(item -> ((JsonObject) item).getString("code")).collect(Collectors.toSet());
  }
}
