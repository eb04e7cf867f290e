package io.competency.graphql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.competency.support.GraphqlClient.Response;
import io.competency.support.TestServer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The catalog served over HTTP says what the English source page says
 * ({@code reference/cloud-productivity.en-US.md}, revision 8b55c0a9): every number, code, URL,
 * credential and sentence. Expected texts are copied from the page (Markdown bold removed).
 */
class CatalogContentMatchesTheEnglishSourcePageTest {
  private static final String OPTION = "competency.options.0";
  private static final String SILVER = OPTION + ".tiers.0";
  private static final String GOLD = OPTION + ".tiers.1";

  private static final String WORKLOADS_NOTE = "The deployments can be any Microsoft Office 365 workload (Exchange Online, "
      + "SharePoint Online, Skype for Business, or Yammer) or ProPlus.";
  private static final String TRIALS_NOTE = "Trial SKUs are not included.";
  private static final String ENTITLEMENTS_NOTE = "Note: Active entitlements measures the count of active users on a specific workload";
  private static final String ASSOCIATIONS_NOTE = "For these customers, you have to be associated as Office 365 Delegated "
      + "Administrator or Transacting Partner or Digital Partner of Record or Fast Track Partner.";
  private static final String LEARN_MORE_NOTE = "[Learn more](https://partner.microsoft.com/en-us/membership/digital-partner-of-record) "
      + "about these associations.";

  private static final String QUERY = """
      {
        competency(slug: "cloud-productivity") {
          slug
          name { ...text }
          description { ...text }
          options {
            slug
            name { ...text }
            description { ...text }
            tiers {
              slug
              rank
              name { ...text }
              requirements {
                __typename
                position
                title { ...text }
                notes { ...text }
                ... on PerformanceRequirement {
                  metrics { metric windowMonths thresholds { market { code name { ...text } } value description { ...text } } }
                  eligibleWorkloads { code name { ...text } }
                  excludesTrials
                  qualifyingAssociations { code name { ...text } }
                }
                ... on SkillRequirement {
                  individuals
                  paths { description { ...text } choices { anyOf { code kind title { ...text } url } } }
                }
              }
            }
          }
        }
      }
      fragment text on LocalizedText { text locale fallback }
      """;

  private static TestServer server;
  private static Response page;

  @BeforeAll
  static void readTheWholeCompetency() {
    server = TestServer.start();
    page = server.client().query(QUERY).post().assertWellFormed();
    assertEquals(200, page.status(), page::toString);
    assertTrue(page.errors().isEmpty(), page::toString);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void theCompetencyHasTheSlugNameAndDescriptionOfThePage() {
    assertEquals("cloud-productivity", page.data("competency.slug"));
    assertEquals("Cloud Productivity", text("competency.name"));
    assertEquals("The Cloud Productivity competency is for partners who specialize in enterprise deployments of Office 365. "
        + "Differentiate your company with this competency as a proven cloud solution provider for customers searching "
        + "for qualified cloud solution partners.", text("competency.description"));
  }

  @Test
  void theManagedServicePartnerOptionIsTheOnlyOption() {
    assertEquals(1, page.dataList("competency.options").size());
    assertEquals("managed-service-partner", page.data(OPTION + ".slug"));
    assertEquals("Managed Service Partner", text(OPTION + ".name"));
    assertEquals("The Managed Service Partner option is ideal for partners who manage Office 365 environments for their "
        + "customer as well as provide deployment services. Complete all the steps within the option to attain the "
        + "Cloud Productivity competency.", text(OPTION + ".description"));
  }

  @Test
  void silverRanksOneAndGoldRanksTwo() {
    assertEquals(2, page.dataList(OPTION + ".tiers").size());
    assertEquals(List.of("silver", 1, "Silver"), List.of(page.data(SILVER + ".slug"), page.data(SILVER + ".rank"), text(SILVER + ".name")));
    assertEquals(List.of("gold", 2, "Gold"), List.of(page.data(GOLD + ".slug"), page.data(GOLD + ".rank"), text(GOLD + ".name")));
  }

  @Test
  void eachTierHasAPerformanceStepThenAnExamStep() {
    for (String tier : List.of(SILVER, GOLD)) {
      assertEquals(2, page.dataList(tier + ".requirements").size());
      assertEquals(List.of("PerformanceRequirement", 0), List.of(page.data(tier + ".requirements.0.__typename"), page.data(tier + ".requirements.0.position")));
      assertEquals(List.of("SkillRequirement", 1), List.of(page.data(tier + ".requirements.1.__typename"), page.data(tier + ".requirements.1.position")));
    }
    assertEquals("Your organization must meet the performance thresholds:", text(SILVER + ".requirements.0.title"));
    assertEquals("Your organization must meet the performance thresholds.", text(GOLD + ".requirements.0.title"));
    assertEquals("Your organization must have 1 individual pass the exam requirements.", text(SILVER + ".requirements.1.title"));
    assertEquals("Your organization must have 2 individuals pass the exam requirements.", text(GOLD + ".requirements.1.title"));
  }

  @Test
  void silverNeeds2000ActiveEntitlementsInDevelopedAnd1000InDevelopingMarkets() {
    String metric = SILVER + ".requirements.0.metrics";
    assertEquals(1, page.dataList(metric).size());
    assertEquals("ACTIVE_ENTITLEMENTS", page.data(metric + ".0.metric"));
    assertNull(page.data(metric + ".0.windowMonths"));
    assertEquals(2, page.dataList(metric + ".0.thresholds").size());
    assertEquals(List.of("DEVELOPED", "Developed markets", 2000, "Partners must have deployed 2,000 active entitlements (active users)"),
        threshold(metric + ".0.thresholds.0"));
    assertEquals(List.of("DEVELOPING", "Developing markets", 1000, "Partners must have deployed 1,000 active entitlements (active users)"),
        threshold(metric + ".0.thresholds.1"));
  }

  @Test
  void goldNeeds4000ActiveEntitlementsInEveryMarket() {
    String metric = GOLD + ".requirements.0.metrics";
    assertEquals(1, page.dataList(metric).size());
    assertEquals("ACTIVE_ENTITLEMENTS", page.data(metric + ".0.metric"));
    assertNull(page.data(metric + ".0.windowMonths"));
    assertEquals(1, page.dataList(metric + ".0.thresholds").size());
    JsonObject threshold = (JsonObject) page.data(metric + ".0.thresholds.0");
    assertTrue(threshold.containsKey("market") && threshold.getValue("market") == null, "one threshold for every market: " + threshold);
    assertEquals(4000, threshold.getValue("value"));
    assertEquals("Partners must have deployed 4,000 active entitlements (active users).", text(metric + ".0.thresholds.0.description"));
  }

  @Test
  void bothTiersCountTheFiveOffice365WorkloadsAndExcludeTrials() {
    for (String tier : List.of(SILVER, GOLD)) {
      String requirement = tier + ".requirements.0";
      assertEquals(List.of("EXCHANGE_ONLINE", "SHAREPOINT_ONLINE", "SKYPE_FOR_BUSINESS", "YAMMER", "PROPLUS"),
          codes(requirement + ".eligibleWorkloads"));
      assertEquals(List.of("Exchange Online", "SharePoint Online", "Skype for Business", "Yammer", "ProPlus"),
          names(requirement + ".eligibleWorkloads"));
      assertEquals(true, page.data(requirement + ".excludesTrials"));
    }
  }

  @Test
  void bothTiersAcceptTheFourAssociationsIncludingFastTrackPartner() {
    for (String tier : List.of(SILVER, GOLD)) {
      String requirement = tier + ".requirements.0";
      assertEquals(List.of("DELEGATED_ADMIN", "TRANSACTING_PARTNER", "DIGITAL_PARTNER_OF_RECORD", "FAST_TRACK_PARTNER"),
          codes(requirement + ".qualifyingAssociations"));
      assertEquals(List.of("Office 365 Delegated Administrator", "Transacting Partner", "Digital Partner of Record", "Fast Track Partner"),
          names(requirement + ".qualifyingAssociations"));
    }
  }

  @Test
  void performanceNotesAreTheBulletsOfThePageInPageOrder() {
    List<String> notes = List.of(WORKLOADS_NOTE, TRIALS_NOTE, ENTITLEMENTS_NOTE, ASSOCIATIONS_NOTE, LEARN_MORE_NOTE);
    assertEquals(notes, texts(SILVER + ".requirements.0.notes"));
    assertEquals(notes, texts(GOLD + ".requirements.0.notes"));
  }

  @Test
  void examStepsHaveNoNotes() {
    assertEquals(List.of(), texts(SILVER + ".requirements.1.notes"));
    assertEquals(List.of(), texts(GOLD + ".requirements.1.notes"));
  }

  @Test
  void silverNeedsOneIndividualWithBothExamsOrTheMcsa() {
    String skill = SILVER + ".requirements.1";
    assertEquals(1, page.data(skill + ".individuals"));
    assertEquals(List.of(List.of(List.of("70-346"), List.of("70-347")), List.of(List.of("MCSA-OFFICE-365"))), paths(skill));
    assertEquals("1 individual must pass all the following exams:", text(skill + ".paths.0.description"));
    assertEquals("1 individual must obtain the following certification:", text(skill + ".paths.1.description"));
  }

  @Test
  void goldNeedsTwoIndividualsWithBothExamsOrTheMcsa() {
    String skill = GOLD + ".requirements.1";
    assertEquals(2, page.data(skill + ".individuals"));
    assertEquals(List.of(List.of(List.of("70-346"), List.of("70-347")), List.of(List.of("MCSA-OFFICE-365"))), paths(skill));
    assertEquals("2 individuals must pass all the following exams:", text(skill + ".paths.0.description"));
    assertEquals("2 individuals must obtain the following certification:", text(skill + ".paths.1.description"));
  }

  @Test
  void credentialsHaveTheKindsTitlesAndLinksOfThePage() {
    for (String tier : List.of(SILVER, GOLD)) {
      String paths = tier + ".requirements.1.paths";
      assertEquals(List.of("70-346", "EXAM", "Exam 70-346: Managing Office 365 Identities and Requirements",
          "https://www.microsoft.com/en-us/learning/exam-70-346.aspx"), credential(paths + ".0.choices.0.anyOf.0"));
      assertEquals(List.of("70-347", "EXAM", "Exam 70-347: Enabling Office 365 Services",
          "https://www.microsoft.com/en-us/learning/exam-70-347.aspx"), credential(paths + ".0.choices.1.anyOf.0"));
      assertEquals(List.of("MCSA-OFFICE-365", "CERTIFICATION", "MCSA: Office 365",
          "https://www.microsoft.com/en-us/learning/mcsa-office365-certification.aspx"), credential(paths + ".1.choices.0.anyOf.0"));
    }
  }

  @Test
  void everyTextIsTheEnglishOriginalNotAFallback() {
    List<JsonObject> texts = new ArrayList<>();
    collectLocalizedTexts(page.json().getValue("data"), texts);
    assertTrue(texts.size() > 50, "expected every localized field, found " + texts.size());
    for (JsonObject text : texts) {
      assertEquals("en-US", text.getString("locale"), text::encode);
      assertFalse(text.getBoolean("fallback"), text::encode);
      assertFalse(text.getString("text").isBlank(), text::encode);
    }
  }

  private static String text(String path) {
    return (String) page.data(path + ".text");
  }

  private static List<String> texts(String listPath) {
    return page.dataList(listPath).stream().map(t -> ((JsonObject) t).getString("text")).toList();
  }

  private static List<Object> codes(String listPath) {
    return page.dataList(listPath).stream().map(t -> ((JsonObject) t).getValue("code")).toList();
  }

  private static List<Object> names(String listPath) {
    return page.dataList(listPath).stream().map(t -> Response.at(t, "name.text")).toList();
  }

  private static List<Object> threshold(String path) {
    return List.of(page.data(path + ".market.code"), page.data(path + ".market.name.text"), page.data(path + ".value"),
        page.data(path + ".description.text"));
  }

  private static List<Object> credential(String path) {
    return List.of(page.data(path + ".code"), page.data(path + ".kind"), page.data(path + ".title.text"), page.data(path + ".url"));
  }

  /** The credential codes of each path, choice by choice. */
  private static List<List<List<Object>>> paths(String skillPath) {
    List<List<List<Object>>> out = new ArrayList<>();
    for (Object path : page.dataList(skillPath + ".paths")) {
      List<List<Object>> choices = new ArrayList<>();
      for (Object choice : (JsonArray) Response.at(path, "choices")) {
        choices.add(((JsonArray) Response.at(choice, "anyOf")).stream().map(c -> ((JsonObject) c).getValue("code")).toList());
      }
      out.add(choices);
    }
    return out;
  }

  private static void collectLocalizedTexts(Object value, List<JsonObject> out) {
    if (value instanceof JsonObject object) {
      if (object.containsKey("fallback")) {
        out.add(object);
      }
      object.forEach(e -> collectLocalizedTexts(e.getValue(), out));
    } else if (value instanceof JsonArray array) {
      array.forEach(v -> collectLocalizedTexts(v, out));
    }
  }
}
