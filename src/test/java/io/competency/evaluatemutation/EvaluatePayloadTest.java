package io.competency.evaluatemutation;

import static io.competency.evaluatemutation.Partner.DELEGATED;
import static io.competency.evaluatemutation.Partner.DEVELOPED;
import static io.competency.evaluatemutation.Partner.EXAM_346;
import static io.competency.evaluatemutation.Partner.EXAM_347;
import static io.competency.evaluatemutation.Partner.EXCHANGE;
import static io.competency.evaluatemutation.Partner.SHAREPOINT;
import static io.competency.evaluatemutation.Partner.UNASSOCIATED;
import static io.competency.evaluatemutation.Partner.YAMMER;
import static io.competency.evaluatemutation.Partner.deployment;
import static io.competency.evaluatemutation.Partner.trial;
import static io.competency.maintenance.Maintenance.revision;
import static io.competency.support.TestKeys.INTEGRATOR_SECRET;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

import io.competency.support.GraphqlClient.Operation;
import io.competency.support.GraphqlClient.Response;
import io.competency.support.ServerOnFreshDatabase;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The payload of {@code evaluate} has the whole shape the contract promises: the evaluation's own fields,
 * the catalog objects it refers to, every tier and requirement with its figures and an explanation in
 * the requested locale (English, flagged as fallback, for a locale explanations are not written in).
 */
class EvaluatePayloadTest {
  private static final String FULL = """
      mutation($input: EvaluateInput!, $locale: Locale) {
        evaluate(input: $input) {
          clientMutationId
          userErrors { code message field }
          evaluation {
            id reference createdAt asOf catalogRevision
            competency { slug }
            option { slug }
            market { code }
            achievedTier { slug }
            nextTier { slug }
            tiers {
              tier { slug }
              met
              requirements {
                __typename
                requirement { id position }
                met required actual shortfall
                explanation(locale: $locale) { text locale fallback }
                ... on PerformanceResult {
                  metrics { metric met required actual shortfall }
                  excludedDeployments { customerId workload activeUsers reason }
                }
                ... on SkillResult { qualifiedIndividuals { id path } }
              }
            }
          }
        }
      }
      """;

  /** Russian groups thousands with a no-break space. */
  private static final char NBSP = '\u00a0';

  @RegisterExtension
  static final ServerOnFreshDatabase server = new ServerOnFreshDatabase();

  /**
   * A developed-market partner short of silver: 1,500 counted active entitlements, a trial and an
   * unassociated customer excluded, one individual qualified by the exams.
   */
  private static Partner shortOfSilver() {
    return Partner.in(DEVELOPED)
        .with("reference", "FY17 Q4 review")
        .customerSince("contoso", DELEGATED, "2016-01-01", deployment(EXCHANGE, 1500), trial(SHAREPOINT, 100))
        .customer("fabrikam", UNASSOCIATED, deployment(YAMMER, 300))
        .individual("alice", EXAM_346, EXAM_347);
  }

  @Test
  void theEvaluationCarriesEveryFieldOfTheContract() {
    Map<String, Object> input = shortOfSilver().with("clientMutationId", "payload-1").input();

    Response response = send(input, null, null);

    assertTrue(response.errors().isEmpty(), response::toString);
    assertEquals("payload-1", response.data("evaluate.clientMutationId"));
    assertEquals(new JsonArray(), response.data("evaluate.userErrors"));
    JsonObject evaluation = ((JsonObject) response.data("evaluate.evaluation")).copy();
    String id = (String) evaluation.remove("id");
    String createdAt = (String) evaluation.remove("createdAt");
    assertTrue(decode(id).matches("Evaluation:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"), id + " decodes to " + decode(id));
    Duration age = Duration.between(OffsetDateTime.parse(createdAt).toInstant(), java.time.Instant.now());
    assertTrue(!age.isNegative() && age.compareTo(Duration.ofMinutes(1)) < 0, "createdAt " + createdAt + " is not just now");
    assertEquals(expectedEvaluation(revision(server.client())), evaluation);
  }

  /** The evaluation {@link #shortOfSilver()} gets, in English, without id and createdAt. */
  private static JsonObject expectedEvaluation(int revision) {
    List<List<String>> requirementIds = requirementIdsOfTheCatalog();
    JsonArray excluded = new JsonArray()
        .add(exclusion("contoso", SHAREPOINT, 100, "TRIAL"))
        .add(exclusion("fabrikam", YAMMER, 300, "NO_QUALIFYING_ASSOCIATION"));
    JsonArray alice = new JsonArray().add(new JsonObject().put("id", "alice").put("path", 0));
    return new JsonObject()
        .put("reference", "FY17 Q4 review")
        .put("asOf", "2017-07-07")
        .put("catalogRevision", revision)
        .put("competency", new JsonObject().put("slug", "cloud-productivity"))
        .put("option", new JsonObject().put("slug", "managed-service-partner"))
        .put("market", new JsonObject().put("code", "DEVELOPED"))
        .putNull("achievedTier")
        .put("nextTier", new JsonObject().put("slug", "silver"))
        .put("tiers", new JsonArray()
            .add(new JsonObject().put("tier", new JsonObject().put("slug", "silver")).put("met", false).put("requirements", new JsonArray()
                .add(performance(requirementIds.get(0).get(0), false, 2000, 1500, 500,
                    "Not met: 1,500 of 2,000 active entitlements in Developed markets; 500 short (2 deployments excluded).", excluded))
                .add(skill(requirementIds.get(0).get(1), true, 1, 1, 0, "Met: 1 individual qualified against 1 required.", alice))))
            .add(new JsonObject().put("tier", new JsonObject().put("slug", "gold")).put("met", false).put("requirements", new JsonArray()
                .add(performance(requirementIds.get(1).get(0), false, 4000, 1500, 2500,
                    "Not met: 1,500 of 4,000 active entitlements; 2,500 short (2 deployments excluded).", excluded))
                .add(skill(requirementIds.get(1).get(1), false, 2, 1, 1, "Not met: 1 of 2 individuals qualified; 1 more needed.", alice)))));
  }

  private static JsonObject performance(String requirementId, boolean met, int required, int actual, int shortfall, String explanation,
      JsonArray excluded) {
    return result("PerformanceResult", requirementId, 0, met, required, actual, shortfall, explanation)
        .put("metrics", new JsonArray().add(new JsonObject()
            .put("metric", "ACTIVE_ENTITLEMENTS").put("met", met).put("required", required).put("actual", actual).put("shortfall", shortfall)))
        .put("excludedDeployments", excluded);
  }

  private static JsonObject skill(String requirementId, boolean met, int required, int actual, int shortfall, String explanation,
      JsonArray qualified) {
    return result("SkillResult", requirementId, 1, met, required, actual, shortfall, explanation).put("qualifiedIndividuals", qualified);
  }

  private static JsonObject result(String type, String requirementId, int position, boolean met, int required, int actual, int shortfall,
      String explanation) {
    return new JsonObject()
        .put("__typename", type)
        .put("requirement", new JsonObject().put("id", requirementId).put("position", position))
        .put("met", met).put("required", required).put("actual", actual).put("shortfall", shortfall)
        .put("explanation", new JsonObject().put("text", explanation).put("locale", "en-US").put("fallback", false));
  }

  private static JsonObject exclusion(String customerId, String workload, int activeUsers, String reason) {
    return new JsonObject().put("customerId", customerId).put("workload", workload).put("activeUsers", activeUsers).put("reason", reason);
  }

  /** The ids of the requirements of silver and gold, as the catalog query gives them. */
  private static List<List<String>> requirementIdsOfTheCatalog() {
    Response catalog = server.client().query("""
        { competency(slug: "cloud-productivity") { option(slug: "managed-service-partner") { tiers { requirements { id } } } } }
        """).post();
    JsonArray tiers = catalog.dataList("competency.option.tiers");
    return tiers.stream()
        .map(t -> ((JsonObject) t).getJsonArray("requirements").stream().map(r -> ((JsonObject) r).getString("id")).toList())
        .toList();
  }

  @Test
  void theOptionMayBeOmittedWhenTheCompetencyHasOnlyOne() {
    Map<String, Object> input = shortOfSilver().with("option", null).input();

    Response response = send(input, null, null);

    assertTrue(response.errors().isEmpty(), response::toString);
    assertEquals(new JsonArray(), response.data("evaluate.userErrors"));
    assertEquals("managed-service-partner", response.data("evaluate.evaluation.option.slug"));
    assertEquals("silver", response.data("evaluate.evaluation.nextTier.slug"));
  }

  @Test
  void asOfDefaultsToTodayInUtc() {
    LocalDate before = LocalDate.now(ZoneOffset.UTC);
    Map<String, Object> input = shortOfSilver().with("asOf", null).input();

    Response response = send(input, null, null);

    LocalDate after = LocalDate.now(ZoneOffset.UTC);
    assertTrue(response.errors().isEmpty(), response::toString);
    String asOf = (String) response.data("evaluate.evaluation.asOf");
    assertTrue(asOf.equals(before.toString()) || asOf.equals(after.toString()), "asOf " + asOf + ", today (UTC) " + after);
  }

  static Stream<Arguments> locales() {
    return Stream.of(
        argumentSet("no locale: English", null, null,
            "Not met: 1,500 of 2,000 active entitlements in Developed markets; 500 short (2 deployments excluded).", "en-US", false),
        argumentSet("explanation(locale: \"ru-RU\")", "ru-RU", null,
            "Не выполнено: 1" + NBSP + "500 из 2" + NBSP + "000 активных пользователей для рынка «Развитые рынки»; не хватает 500"
                + " (исключено 2 развертывания).", "ru-RU", false),
        argumentSet("Accept-Language: ru", null, "ru",
            "Не выполнено: 1" + NBSP + "500 из 2" + NBSP + "000 активных пользователей для рынка «Развитые рынки»; не хватает 500"
                + " (исключено 2 развертывания).", "ru-RU", false),
        argumentSet("explanation(locale: \"ko-KR\")", "ko-KR", null,
            "미충족: 선진국 시장 기준 활성 권리 유형 2,000개 중 1,500개; 500개 부족 (배포 2건 제외).", "ko-KR", false),
        argumentSet("Accept-Language: ko-KR", null, "ko-KR",
            "미충족: 선진국 시장 기준 활성 권리 유형 2,000개 중 1,500개; 500개 부족 (배포 2건 제외).", "ko-KR", false),
        argumentSet("the argument wins over the header", "en-US", "ru",
            "Not met: 1,500 of 2,000 active entitlements in Developed markets; 500 short (2 deployments excluded).", "en-US", false),
        argumentSet("explanation(locale: \"fr\"): English, flagged as fallback", "fr", null,
            "Not met: 1,500 of 2,000 active entitlements in Developed markets; 500 short (2 deployments excluded).", "en-US", true),
        argumentSet("Accept-Language: fr: English, flagged as fallback", null, "fr",
            "Not met: 1,500 of 2,000 active entitlements in Developed markets; 500 short (2 deployments excluded).", "en-US", true));
  }

  @ParameterizedTest
  @MethodSource("locales")
  void explanationsAreWrittenInTheRequestedLocale(String localeArgument, String acceptLanguage, String text, String locale,
      boolean fallback) {
    Response response = send(shortOfSilver().input(), localeArgument, acceptLanguage);

    assertTrue(response.errors().isEmpty(), response::toString);
    assertEquals(new JsonObject().put("text", text).put("locale", locale).put("fallback", fallback),
        response.data("evaluate.evaluation.tiers.0.requirements.0.explanation"));
  }

  @Test
  void skillExplanationsArePluralizedForTheLocale() {
    Partner oneOfTwo = shortOfSilver();

    JsonObject russian = (JsonObject) send(oneOfTwo.input(), "ru-RU", null).data("evaluate.evaluation.tiers.1.requirements.1.explanation");
    JsonObject korean = (JsonObject) send(oneOfTwo.input(), "ko-KR", null).data("evaluate.evaluation.tiers.1.requirements.1.explanation");

    assertEquals("Не выполнено: нужная квалификация есть у 1 из 2 сотрудников; не хватает 1 сотрудника.", russian.getString("text"));
    assertEquals("미충족: 필요 인원 2명 중 자격을 갖춘 인원 1명; 1명 더 필요.", korean.getString("text"));
  }

  private static Response send(Map<String, Object> input, String localeArgument, String acceptLanguage) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("input", input);
    if (localeArgument != null) {
      variables.put("locale", localeArgument);
    }
    Operation operation = server.client().query(FULL).variables(variables).bearer(INTEGRATOR_SECRET);
    if (acceptLanguage != null) {
      operation.header("Accept-Language", acceptLanguage);
    }
    Response response = operation.post().assertWellFormed();
    assertEquals(200, response.status(), response::toString);
    return response;
  }

  private static String decode(String id) {
    return new String(Base64.getUrlDecoder().decode(id), StandardCharsets.UTF_8);
  }
}
