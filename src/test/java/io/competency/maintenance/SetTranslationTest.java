package io.competency.maintenance;

import static io.competency.support.Documents.ADD_OPTION;
import static io.competency.support.Documents.SET_TRANSLATION;
import static io.competency.maintenance.Maintenance.accepted;
import static io.competency.maintenance.Maintenance.maintain;
import static io.competency.maintenance.Maintenance.rejection;
import static io.competency.maintenance.Maintenance.rejections;
import static io.competency.maintenance.Maintenance.requirementId;
import static io.competency.maintenance.Maintenance.revision;
import static io.competency.maintenance.Maintenance.texts;
import static io.competency.maintenance.Maintenance.tierId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

import io.competency.support.Documents;
import io.competency.catalog.NodeId;
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
 * {@code setTranslation} sets or removes one locale of one localized field: a set translation is
 * served without fallback, a removed one falls back to English again, and English itself cannot be
 * removed. The tests share one server on PostgreSQL, each touching a field of its own.
 */
class SetTranslationTest {
  private static final String TEXTS = """
      query($tier: String!) {
        competency(slug: "cloud-productivity") { option(slug: "managed-service-partner") { tier(slug: $tier) {
          name(locale: "ko-KR") { text locale fallback }
          requirements { title(locale: "ru-RU") { text locale fallback } notes(locale: "ko-KR") { text locale fallback } }
        } } }
      }
      """;

  @RegisterExtension
  static final ServerOnFreshDatabase server = new ServerOnFreshDatabase();

  @Test
  void aKoreanTierNameIsServedWithoutFallback() {
    assertEquals(text("Silver", "en-US", true), served("silver", "tier.name"));
    int before = revision(server.client());
    JsonObject payload = accepted(set(input(tierId("silver"), "name", "ko-KR", "실버").put("clientMutationId", "t-1")), "setTranslation");
    assertEquals(new JsonObject().put("__typename", "Tier").put("id", tierId("silver")).put("slug", "silver")
        .put("name", text("실버", "ko-KR", false)), payload.getJsonObject("node"));
    assertEquals("t-1", payload.getString("clientMutationId"));
    assertEquals(text("실버", "ko-KR", false), served("silver", "tier.name"));
    assertEquals(new JsonObject().put("en-US", "Silver").put("ko-KR", "실버"), server.db().value("SELECT name FROM tier WHERE competency = 'cloud-productivity' AND slug = 'silver'"));
    assertEquals(before + 1, revision(server.client()));
  }

  @Test
  void aNoteIsTranslatedByItsIndexAndTheOtherNotesStayAsTheyWere() {
    String trialNote = "Trial SKUs are not included.";
    assertEquals(text(trialNote, "en-US", true), served("gold", "tier.requirements.0.notes.1"));
    JsonArray notesBefore = (JsonArray) served("gold", "tier.requirements.0.notes");
    int before = revision(server.client());
    accepted(set(input(requirementId("gold", 0), "notes", "ko-KR", "평가판 SKU는 포함되지 않습니다.").put("index", 1)), "setTranslation");
    JsonArray notesAfter = (JsonArray) served("gold", "tier.requirements.0.notes");
    JsonArray expected = notesBefore.copy();
    expected.set(1, text("평가판 SKU는 포함되지 않습니다.", "ko-KR", false));
    assertEquals(expected, notesAfter);
    assertEquals(before + 1, revision(server.client()));
  }

  @Test
  void aRemovedTranslationFallsBackToEnglishAgain() {
    String english = "Your organization must have 1 individual pass the exam requirements.";
    assertEquals(false, served("silver", "tier.requirements.1.title.fallback"));
    int before = revision(server.client());
    JsonObject payload = accepted(set(input(requirementId("silver", 1), "title", "ru-RU", null)), "setTranslation");
    assertEquals(new JsonObject().put("text", english).put("fallback", true), Response.at(payload, "node.title"));
    assertEquals(text(english, "en-US", true), served("silver", "tier.requirements.1.title"));
    assertEquals(before + 1, revision(server.client()));
  }

  @Test
  void aCompetencyNameIsTranslatedToo() {
    String competency = NodeId.of(NodeId.COMPETENCY, "cloud-productivity").encode();
    JsonObject payload = accepted(set(input(competency, "name", "ko-KR", "클라우드 생산성")), "setTranslation");
    assertEquals(new JsonObject().put("text", "클라우드 생산성").put("fallback", false), Response.at(payload, "node.name"));
  }

  @Test
  void aDescriptionThatHasNoEnglishTextYetMustGetItFirst() {
    accepted(maintain(server.client(), ADD_OPTION, new JsonObject().put("competency", "cloud-productivity")
        .put("slug", "no-description").put("name", texts("en-US", "No description"))), "addOption");
    String option = NodeId.of(NodeId.OPTION, "cloud-productivity", "no-description").encode();
    int before = revision(server.client());

    Response response = set(input(option, "description", "ko-KR", "설명"));

    assertEquals(List.of(rejection("MISSING_ENGLISH", "input", "locale")), rejections(response, "setTranslation", "node"));
    assertEquals(before, revision(server.client()));
    accepted(set(input(option, "description", "en-US", "Described")), "setTranslation");
    accepted(set(input(option, "description", "ko-KR", "설명")), "setTranslation");
  }

  @Test
  void removingATranslationThatIsNotThereMakesNoRevision() {
    int before = revision(server.client());
    long changes = (Long) server.db().value("SELECT count(*) FROM catalog_change");

    accepted(set(input(tierId("gold"), "name", "de-DE", null)), "setTranslation");

    assertEquals(before, revision(server.client()));
    assertEquals(changes, server.db().value("SELECT count(*) FROM catalog_change"));
  }

  static Stream<Arguments> refusals() {
    String note = requirementId("silver", 0);
    return Stream.of(
        argumentSet("removing English", input(tierId("gold"), "name", "en-US", null),
            rejection("MISSING_ENGLISH", "input", "text")),
        argumentSet("a node id that names no node", input(tierId("titanium"), "name", "ko-KR", "티타늄"),
            rejection("UNKNOWN_NODE", "input", "node")),
        argumentSet("a node id that is not an id", input("not-an-id", "name", "ko-KR", "티타늄"),
            rejection("UNKNOWN_NODE", "input", "node")),
        argumentSet("a field the node does not have", input(tierId("gold"), "description", "ko-KR", "골드"),
            rejection("UNKNOWN_TEXT_FIELD", "input", "field")),
        argumentSet("a field that is not text", input(tierId("gold"), "rank", "ko-KR", "2"),
            rejection("UNKNOWN_TEXT_FIELD", "input", "field")),
        argumentSet("a note index past the last note", input(note, "notes", "ko-KR", "참고").put("index", 5),
            rejection("INVALID_VALUE", "input", "index")),
        argumentSet("a negative note index", input(note, "notes", "ko-KR", "참고").put("index", -1),
            rejection("INVALID_VALUE", "input", "index")),
        argumentSet("a note without an index", input(note, "notes", "ko-KR", "참고"),
            rejection("REQUIRED", "input", "index")),
        argumentSet("blank text", input(tierId("gold"), "name", "ko-KR", "  "),
            rejection("EMPTY", "input", "text")));
  }

  @ParameterizedTest
  @MethodSource("refusals")
  void aTranslationThatCannotBeSetIsRefusedAndNothingIsWritten(JsonObject input, String expected) {
    int before = revision(server.client());
    long changes = (Long) server.db().value("SELECT count(*) FROM catalog_change");
    Response response = set(input);
    assertEquals(List.of(expected), rejections(response, "setTranslation", "node"));
    assertEquals(before, revision(server.client()));
    assertEquals(changes, server.db().value("SELECT count(*) FROM catalog_change"));
  }

  private static JsonObject input(String node, String field, String locale, String text) {
    return new JsonObject().put("node", node).put("field", field).put("locale", locale).put("text", text);
  }

  private static Response set(JsonObject input) {
    return maintain(server.client(), SET_TRANSLATION, input);
  }

  private static JsonObject text(String text, String locale, boolean fallback) {
    return new JsonObject().put("text", text).put("locale", locale).put("fallback", fallback);
  }

  /** A value of a bundled tier as {@link #TEXTS} serves it, at a path under the competency's option. */
  private static Object served(String tier, String path) {
    Response response = server.client().query(TEXTS).variables(Map.of("tier", tier)).post().assertWellFormed();
    return response.data("competency.option." + path);
  }
}
