package io.competency.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.competency.input.FieldPath;
import io.competency.input.Input;
import io.competency.input.Problems;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each shape the 2017 pages need is written by {@link CatalogWriter} in the YAML shape and read back by
 * {@link CatalogReader} to an equal record: money metrics with their own workloads, no association,
 * required authorizations, roles with titles, roles counted independently, choice descriptions, and
 * credentials with an issuer, a retirement date and replacements.
 */
class EveryRequirementShapeOfTheProgramRoundTripsTest {
  private static final Vocabulary VOCABULARY = new Vocabulary(Set.of("DEVELOPED", "DEVELOPING"),
      Set.of("DYNAMICS_365_PLAN_2", "DYNAMICS_365_OPERATIONS", "DYNAMICS_AX_ON_PREMISE", "SURFACE_HUB"),
      Set.of("DYNAMICS_DIGITAL_PARTNER_OF_RECORD"),
      Set.of("MB6-890", "MB6-892", "MB2-714", "MB2-712", "70-496", "70-498", "70-497", "PMI-ACP", "TA-BIZTALK", "70-412"),
      Set.of("SURFACE_HUB_ADR"));
  private static final CatalogReader READER = new CatalogReader(VOCABULARY);
  private static final CatalogWriter WRITER = new CatalogWriter();
  private static final TierPath PATH = new TierPath("c", "o", "gold");

  private static Translations en(String text) {
    return Translations.english(text);
  }

  private static QualificationPath path(String... codes) {
    return new QualificationPath(null, Stream.of(codes).map(code -> new CredentialChoice(List.of(code))).toList());
  }

  static Stream<Arguments> requirements() {
    PerformanceRequirement twoRevenueFigures = new PerformanceRequirement(PATH, 0, en("Revenue"), List.of(),
        List.of(new MetricThreshold(Metric.REVENUE, 12, List.of(new MarketThreshold("DEVELOPED", 300_000, null),
                new MarketThreshold("DEVELOPING", 150_000, null))),
            new MetricThreshold(Metric.NET_NEW_REVENUE, 12, List.of(new MarketThreshold(null, 75_000, null)),
                List.of("DYNAMICS_365_PLAN_2", "DYNAMICS_365_OPERATIONS"))),
        List.of("DYNAMICS_365_PLAN_2", "DYNAMICS_365_OPERATIONS", "DYNAMICS_AX_ON_PREMISE"), true,
        List.of("DYNAMICS_DIGITAL_PARTNER_OF_RECORD"));
    PerformanceRequirement devicesAndAuthorization = new PerformanceRequirement(PATH, 0, en("Devices"), List.of(en("Average 4 a month")),
        List.of(new MetricThreshold(Metric.DEVICES_SHIPPED, 12, List.of(new MarketThreshold(null, 52, null)))),
        List.of("SURFACE_HUB"), true, List.of(), List.of("SURFACE_HUB_ADR"));
    SkillRequirement fiveRoles = new SkillRequirement(PATH, 0, en("Five people"), List.of(), List.of(
        new SkillRole(1, null, List.of(path("MB6-890"))), new SkillRole(1, en("Another individual"), List.of(path("MB6-892")))), true);
    SkillRequirement subset = new SkillRequirement(PATH, 0, en("DevOps"), List.of(), List.of(
        new SkillRole(2, null, List.of(new QualificationPath(en("Both exams"), List.of(new CredentialChoice(List.of("70-496")),
            new CredentialChoice(List.of("70-498")), new CredentialChoice(List.of("70-497", "PMI-ACP"), en("One of these:")))))),
        new SkillRole(2, null, List.of(path("70-496", "70-498")))), true);
    SkillRequirement independent = new SkillRequirement(PATH, 0, en("BizTalk"), List.of(), List.of(
        new SkillRole(4, null, List.of(path("70-412"))), new SkillRole(4, null, List.of(path("TA-BIZTALK")))), false);
    SkillRequirement titledSingleRole = new SkillRequirement(PATH, 0, en("Titled"), List.of(), List.of(
        new SkillRole(2, en("2 individuals"), List.of(path("MB2-714"), path("MB2-712")))), true);
    return Stream.of(
        Arguments.of("two revenue figures over different products", twoRevenueFigures),
        Arguments.of("devices shipped, no association, an authorization", devicesAndAuthorization),
        Arguments.of("distinct roles, one titled", fiveRoles),
        Arguments.of("k of the same N as two roles, with a choice description", subset),
        Arguments.of("roles counted independently", independent),
        Arguments.of("one role with a title", titledSingleRole));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("requirements")
  void aRequirementRoundTrips(String shape, Requirement requirement) {
    Problems problems = new Problems();
    Object written = WRITER.requirements(List.of(requirement));

    List<Requirement> back = READER.requirements(new Input(written, FieldPath.root(), problems), PATH);

    assertEquals(List.of(), problems.all());
    assertEquals(List.of(requirement), back);
  }

  @Test
  void theSingleFormIsWrittenAsIndividualsAndPaths() {
    SkillRequirement single = new SkillRequirement(PATH, 0, en("Skill"), List.of(), 2, List.of(path("MB2-714")));

    Map<?, ?> skill = (Map<?, ?>) ((Map<?, ?>) WRITER.requirements(List.of(single)).get(0)).get("skill");

    assertEquals(2, skill.get("individuals"));
    assertFalse(skill.containsKey("roles"));
    assertFalse(skill.containsKey("distinctPeople"));
  }

  @Test
  void aThirdPartyRetiringCredentialWithAReplacementRoundTrips() {
    Credential credential = new Credential("PMI-ACP", CredentialKind.CERTIFICATION, en("PMI Agile Certified Practitioner"),
        "http://www.pmi.org/certifications/types/agile-acp", "PMI", LocalDate.of(2017, 9, 30), List.of("70-497"));
    Problems problems = new Problems();

    Credential back = READER.credential(new Input(WRITER.credential(credential), FieldPath.root(), problems));

    assertEquals(List.of(), problems.all());
    assertEquals(credential, back);
    assertEquals("PMI", WRITER.credential(credential).get("issuer"));
    assertEquals("2017-09-30", WRITER.credential(credential).get("retiresOn"));
  }

  @Test
  void aMicrosoftCredentialIsWrittenWithoutAnIssuer() {
    Credential credential = new Credential("MB6-890", CredentialKind.EXAM, en("Exam MB6-890"), null);

    assertFalse(WRITER.credential(credential).containsKey("issuer"));
    assertEquals(Credential.MICROSOFT, credential.issuer());
  }
}
