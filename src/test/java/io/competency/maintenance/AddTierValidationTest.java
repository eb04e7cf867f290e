package io.competency.maintenance;

import static io.competency.support.Documents.ADD_TIER;
import static io.competency.maintenance.Maintenance.maintain;
import static io.competency.maintenance.Maintenance.platinumTier;
import static io.competency.maintenance.Maintenance.rejection;
import static io.competency.maintenance.Maintenance.rejections;
import static io.competency.maintenance.Maintenance.revision;
import static io.competency.maintenance.Maintenance.texts;
import static io.competency.maintenance.Maintenance.with;
import static io.competency.maintenance.Maintenance.without;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

import io.competency.support.Documents;
import io.competency.support.GraphqlClient.Response;
import io.competency.support.ServerOnFreshDatabase;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each thing wrong with an {@code addTier} input is one {@code userErrors} entry with its code and the
 * path of the offending field, and nothing is written: no tier row, no audit row, the same revision.
 * Type errors the schema catches (negative numbers, two kinds in one {@code @oneOf} requirement) are
 * top-level errors, and nothing is written either. Each row changes one field of a valid input.
 */
class AddTierValidationTest {
  private static final String PERFORMANCE = "requirements.0.performance";
  private static final String SKILL = "requirements.1.skill";

  @RegisterExtension
  static final ServerOnFreshDatabase server = new ServerOnFreshDatabase();

  static Stream<Arguments> userErrors() {
    JsonObject valid = platinumTier();
    return Stream.of(
        argumentSet("unknown competency", with(valid, "competency", "cloud-fun"),
            rejection("UNKNOWN_COMPETENCY", "input", "competency")),
        argumentSet("unknown option", with(valid, "option", "self-service-partner"),
            rejection("UNKNOWN_OPTION", "input", "option")),
        argumentSet("slug of an existing tier", with(valid, "slug", "silver"),
            rejection("DUPLICATE_SLUG", "input", "slug")),
        argumentSet("rank of an existing tier", with(valid, "rank", 2),
            rejection("DUPLICATE_RANK", "input", "rank")),
        argumentSet("name without English", with(valid, "name", texts("ru-RU", "Платиновый")),
            rejection("MISSING_ENGLISH", "input", "name")),
        argumentSet("unknown workload", with(valid, PERFORMANCE + ".eligibleWorkloads.1", "LOTUS_NOTES"),
            rejection("UNKNOWN_WORKLOAD", "input", "requirements", "0", "performance", "eligibleWorkloads", "1")),
        argumentSet("unknown association", with(valid, PERFORMANCE + ".qualifyingAssociations.0", "RESELLER"),
            rejection("UNKNOWN_ASSOCIATION", "input", "requirements", "0", "performance", "qualifyingAssociations", "0")),
        argumentSet("unknown market", with(valid, PERFORMANCE + ".metrics.0.thresholds.1.market", "EMERGING"),
            rejection("UNKNOWN_MARKET", "input", "requirements", "0", "performance", "metrics", "0", "thresholds", "1", "market")),
        argumentSet("unknown credential", with(valid, SKILL + ".paths.0.choices.1.anyOf.0", "70-999"),
            rejection("UNKNOWN_CREDENTIAL", "input", "requirements", "1", "skill", "paths", "0", "choices", "1", "anyOf", "0")),
        argumentSet("two thresholds for one market", with(valid, PERFORMANCE + ".metrics.0.thresholds.1.market", "DEVELOPED"),
            rejection("DUPLICATE_MARKET", "input", "requirements", "0", "performance", "metrics", "0", "thresholds", "1", "market")),
        argumentSet("no paths", with(valid, SKILL + ".paths", new JsonArray()),
            rejection("EMPTY", "input", "requirements", "1", "skill", "paths")),
        argumentSet("a path with no choices", with(valid, SKILL + ".paths.0.choices", new JsonArray()),
            rejection("EMPTY", "input", "requirements", "1", "skill", "paths", "0", "choices")),
        argumentSet("a choice of no credentials", with(valid, SKILL + ".paths.0.choices.0.anyOf", new JsonArray()),
            rejection("EMPTY", "input", "requirements", "1", "skill", "paths", "0", "choices", "0", "anyOf")),
        argumentSet("no requirements", with(valid, "requirements", new JsonArray()),
            rejection("EMPTY", "input", "requirements")),
        argumentSet("new customers without a window", without(valid, PERFORMANCE + ".metrics.1.windowMonths"),
            rejection("REQUIRED", "input", "requirements", "0", "performance", "metrics", "1", "windowMonths")),
        argumentSet("slug that is not a slug", with(valid, "slug", "Bad Slug"),
            rejection("INVALID_SLUG", "input", "slug")),
        argumentSet("one locale twice", with(valid, "name", texts("en-US", "Platinum", "en-US", "Platinum tier")),
            rejection("DUPLICATE_LOCALE", "input", "name", "1", "text")),
        argumentSet("one metric twice", with(valid, PERFORMANCE + ".metrics.1.metric", "ACTIVE_ENTITLEMENTS"),
            rejection("DUPLICATE_METRIC", "input", "requirements", "0", "performance", "metrics", "1", "metric")),
        argumentSet("a note without English", with(valid, PERFORMANCE + ".notes.0", texts("ko-KR", "평가판 SKU는 포함되지 않습니다.")),
            rejection("MISSING_ENGLISH", "input", "requirements", "0", "performance", "notes", "0")),
        argumentSet("a blank name", with(valid, "name", texts("en-US", " ")),
            rejection("EMPTY", "input", "name", "0", "text")));
  }

  @ParameterizedTest
  @MethodSource("userErrors")
  void aWrongFieldIsOneUserErrorAtItsPathAndNothingIsWritten(JsonObject input, String expected) {
    Written before = Written.now();
    Response response = maintain(server.client(), ADD_TIER, input);
    assertEquals(List.of(expected), rejections(response, "addTier", "tier"), response::toString);
    assertEquals(before, Written.now());
  }

  @Test
  void everyProblemOfOneInputIsReportedAtOnce() {
    JsonObject input = with(with(with(platinumTier(),
        "slug", "Bad Slug"),
        PERFORMANCE + ".eligibleWorkloads.0", "LOTUS_NOTES"),
        SKILL + ".paths.1.choices.0.anyOf.0", "MCSE");
    Written before = Written.now();
    Response response = maintain(server.client(), ADD_TIER, input);
    assertEquals(List.of(
        rejection("INVALID_SLUG", "input", "slug"),
        rejection("UNKNOWN_WORKLOAD", "input", "requirements", "0", "performance", "eligibleWorkloads", "0"),
        rejection("UNKNOWN_CREDENTIAL", "input", "requirements", "1", "skill", "paths", "1", "choices", "0", "anyOf", "0")),
        rejections(response, "addTier", "tier"));
    assertEquals(before, Written.now());
  }

  static Stream<Arguments> typeErrors() {
    JsonObject valid = platinumTier();
    JsonObject performance = valid.getJsonArray("requirements").getJsonObject(0).getJsonObject("performance");
    return Stream.of(
        argumentSet("negative threshold (NonNegativeInt)", with(valid, PERFORMANCE + ".metrics.0.thresholds.0.value", -5), "BAD_USER_INPUT"),
        argumentSet("rank 0 (PositiveInt)", with(valid, "rank", 0), "BAD_USER_INPUT"),
        argumentSet("window of 0 months (PositiveInt)", with(valid, PERFORMANCE + ".metrics.1.windowMonths", 0), "BAD_USER_INPUT"),
        argumentSet("unknown metric (enum)", with(valid, PERFORMANCE + ".metrics.0.metric", "REVENUE_PER_SEAT"), "BAD_USER_INPUT"),
        argumentSet("performance and skill in one requirement (@oneOf)", with(valid, "requirements.1.performance", performance),
            "GRAPHQL_VALIDATION_FAILED"),
        argumentSet("neither performance nor skill (@oneOf)", with(valid, "requirements.1", new JsonObject()),
            "GRAPHQL_VALIDATION_FAILED"));
  }

  @ParameterizedTest
  @MethodSource("typeErrors")
  void aValueItsTypeForbidsIsATopLevelErrorAndNothingIsWritten(JsonObject input, String code) {
    Written before = Written.now();
    Response response = maintain(server.client(), ADD_TIER, input);
    assertEquals(200, response.status(), response::toString);
    assertEquals(List.of(code), response.errorCodes(), response::toString);
    assertNull(response.data("addTier"), response::toString);
    assertEquals(before, Written.now());
  }

  /** What an edit would change: tier rows, audit rows, the stored revision and the served one. */
  private record Written(long tiers, long changes, int storedRevision, int servedRevision) {
    static Written now() {
      return new Written(
          (Long) server.db().value("SELECT count(*) FROM tier"),
          (Long) server.db().value("SELECT count(*) FROM catalog_change"),
          (Integer) server.db().value("SELECT revision FROM catalog_state"),
          revision(server.client()));
    }
  }
}
