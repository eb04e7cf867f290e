package io.competency.evaluation;

import static io.competency.evaluation.Program2017.CRM;
import static io.competency.evaluation.Program2017.DEVOPS;
import static io.competency.evaluation.Program2017.ERP;
import static io.competency.evaluation.Program2017.evaluate;
import static io.competency.evaluation.Program2017.people;
import static io.competency.evaluation.Program2017.person;
import static io.competency.evaluation.Program2017.skill;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.competency.catalog.CredentialChoice;
import io.competency.catalog.QualificationPath;
import io.competency.catalog.SkillRequirement;
import io.competency.catalog.SkillRole;
import io.competency.catalog.TierPath;
import io.competency.catalog.Translations;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Different people for different roles: ERP silver ("Another individual must pass …", five roles of one),
 * CRM silver ("The other individual …": 1 person with one of MB2-714/713/709 and one of MB2-710/706, 1
 * other with one of MB2-712/707) and DevOps gold ("2 of the same 4 individuals …": two roles of 2). The
 * people are assigned to role slots by a maximum assignment; earlier people in the input are preferred.
 */
class PeopleFillRolesByAMaximumAssignmentTest {
  private static final String[] ERP_EXAMS = {"MB6-890", "MB6-892", "MB6-893", "MB6-705", "70-462"};

  private static SkillResult erp(IndividualData... people) {
    return skill(evaluate(ERP, people(people)), "silver", 1);
  }

  private static SkillResult crm(IndividualData... people) {
    return skill(evaluate(CRM, people(people)), "silver", 1);
  }

  @Test
  void onePersonWithTwoRoleExamsFillsOneSlot() {
    SkillResult result = erp(person("ana", "MB6-890", "MB6-893"), person("bo", "MB6-892"), person("cy", "MB6-705"),
        person("di", "70-462"));

    assertEquals(false, result.met());
    assertEquals(4, result.actual());
    assertEquals(1, result.shortfall());
    assertEquals(List.of(true, true, false, true, true), result.roles().stream().map(SkillRoleResult::met).toList());
    assertEquals(List.of("ana"), result.roles().get(2).filledElsewhere());
  }

  @Test
  void fivePeopleEachWithOneExamMeetErp() {
    SkillResult result = erp(Stream.of(ERP_EXAMS).map(exam -> person("holder-of-" + exam, exam)).toArray(IndividualData[]::new));

    assertEquals(true, result.met());
    assertEquals(5, result.actual());
    assertEquals(List.of(0, 1, 2, 3, 4), result.qualifiedIndividuals().stream().map(QualifiedIndividual::role).toList());
  }

  @Test
  void aRoleIsFilledOnlyByMovingSomeoneToAnother() {
    SkillResult result = crm(person("ann", "MB2-714", "MB2-710", "MB2-712"), person("bob", "MB2-713", "MB2-706"));

    assertEquals(true, result.met());
    assertEquals(List.of(new QualifiedIndividual("ann", 0, 1), new QualifiedIndividual("bob", 0, 0)), result.qualifiedIndividuals());
  }

  static Stream<Arguments> crmPeople() {
    return Stream.of(
        // people, qualified (id:role), met, actual
        Arguments.of(List.of(person("ann", "MB2-714", "MB2-710"), person("bob", "MB2-712")), List.of("ann:0", "bob:1"), true, 2),
        Arguments.of(List.of(person("ann", "MB2-714", "MB2-710", "MB2-712")), List.of("ann:0"), false, 1),
        Arguments.of(List.of(person("ann", "MB2-714"), person("bob", "MB2-710"), person("cy", "MB2-707")), List.of("cy:1"), false, 1),
        Arguments.of(List.of(person("cy", "MB2-707"), person("ann", "MB2-709", "MB2-706", "MB2-707"), person("bob", "MB2-713", "MB2-710")),
            List.of("cy:1", "ann:0", "bob:0"), true, 3),
        Arguments.of(List.of(person("ann", "MB2-714", "MB2-710"), person("bob", "MB2-713", "MB2-706"), person("cy", "MB2-709", "MB2-710")),
            List.of("ann:0", "bob:0", "cy:0"), false, 1),
        Arguments.of(List.of(person("ann", "MB2-712"), person("ann", "MB2-714", "MB2-710")), List.of("ann:1"), false, 1));
  }

  @ParameterizedTest(name = "{0} → {1}, met {2}")
  @MethodSource("crmPeople")
  void crmSilverNeedsTwoDifferentPeople(List<IndividualData> people, List<String> qualified, boolean met, int actual) {
    SkillResult result = crm(people.toArray(IndividualData[]::new));

    assertEquals(qualified, result.qualifiedIndividuals().stream().map(q -> q.id() + ":" + q.role()).toList());
    assertEquals(met, result.met());
    assertEquals(actual, result.actual());
    assertEquals(2, result.required());
    assertEquals(Math.max(0, 2 - actual), result.shortfall());
  }

  @Test
  void aPersonWhoQualifiesForEveryRoleTakesTheOneNobodyElseCanFill() {
    SkillResult result = erp(person("late-890", "MB6-890"), person("all", ERP_EXAMS), person("b", "MB6-892"), person("c", "MB6-893"),
        person("d", "MB6-705"), person("e", "70-462"));

    assertEquals(List.of("late-890:0", "all:4", "b:1", "c:2", "d:3", "e:4"),
        result.qualifiedIndividuals().stream().map(q -> q.id() + ":" + q.role()).toList());
    assertEquals(true, result.met());
  }

  @Test
  void earlierPeopleArePreferredWhenMoreQualifyThanThereAreSlots() {
    SkillResult result = erp(person("first-890", "MB6-890"), person("second-890", "MB6-890"), person("b", "MB6-892"),
        person("c", "MB6-893"), person("d", "MB6-705"), person("e", "70-462"));

    assertEquals(List.of(0, 0, 1, 2, 3, 4), result.qualifiedIndividuals().stream().map(QualifiedIndividual::role).toList());
    assertEquals(List.of(2, 1, 1, 1, 1), result.roles().stream().map(SkillRoleResult::actual).toList());
    assertEquals(true, result.met());
    assertEquals(6, result.actual());
  }

  @Test
  void whileARoleIsShortOtherRolesCountOnlyUpToTheirNeed() {
    SkillResult result = erp(person("a", "MB6-890"), person("b", "MB6-890"), person("c", "MB6-890"), person("d", "MB6-892"));

    assertEquals(List.of(3, 1, 0, 0, 0), result.roles().stream().map(SkillRoleResult::actual).toList());
    assertEquals(2, result.actual());
    assertEquals(3, result.shortfall());
  }

  static Stream<Arguments> devopsPeople() {
    IndividualData both = person("both", "70-496", "70-498");
    return Stream.of(
        // people, role actuals, met, actual
        Arguments.of(List.of(person("a", "70-496", "70-498", "PSM-I"), person("b", "70-496", "70-498", "PMI-ACP"), both,
            person("d", "70-496", "70-498")), List.of(2, 2), true, 4),
        Arguments.of(List.of(person("a", "70-496", "70-498", "CSM"), both, person("c", "70-496", "70-498"),
            person("d", "70-496", "70-498")), List.of(1, 3), false, 3),
        Arguments.of(List.of(person("a", "70-496", "70-498", "70-497"), person("b", "70-496", "70-498", "70-497"),
            person("c", "70-496", "70-498", "70-497"), person("d", "70-496", "70-498", "70-497")), List.of(2, 2), true, 4),
        Arguments.of(List.of(person("a", "70-496", "PSM-I"), person("b", "70-498", "PSM-I")), List.of(0, 0), false, 0));
  }

  @ParameterizedTest(name = "{0} → roles {1}, met {2}")
  @MethodSource("devopsPeople")
  void devopsGoldNeedsTwoOfTheSameFourToHoldOneMore(List<IndividualData> people, List<Integer> roles, boolean met, int actual) {
    SkillResult result = skill(evaluate(DEVOPS, people(people.toArray(IndividualData[]::new))), "gold", 0);

    assertEquals(roles, result.roles().stream().map(SkillRoleResult::actual).toList());
    assertEquals(met, result.met());
    assertEquals(actual, result.actual());
  }

  /** Application Integration gold as records: "This may be completed by the same 4 individuals". */
  private static final SkillRequirement APPLICATION_INTEGRATION_GOLD = new SkillRequirement(
      new TierPath("application-integration", "application-integrator", "gold"), 0, Translations.english("4 individuals"), List.of(),
      List.of(new SkillRole(4, null, List.of(new QualificationPath(null, List.of(new CredentialChoice(List.of("70-412", "70-483")))))),
          new SkillRole(4, null, List.of(new QualificationPath(null, List.of(new CredentialChoice(List.of("TA-BIZTALK"))))))),
      false);

  @Test
  void rolesCountedIndependentlyMayShareTheirPeople() {
    List<IndividualData> four = List.of(person("a", "70-412", "TA-BIZTALK"), person("b", "70-483", "TA-BIZTALK"),
        person("c", "70-412", "TA-BIZTALK"), person("d", "70-483", "TA-BIZTALK"));

    SkillResult result = SkillAssignment.judge(APPLICATION_INTEGRATION_GOLD, four,
        four.stream().map(p -> java.util.Set.copyOf(p.credentials())).toList());

    assertEquals(true, result.met());
    assertEquals(List.of(4, 4), result.roles().stream().map(SkillRoleResult::actual).toList());
    assertEquals(8, result.qualifiedIndividuals().size());
    assertEquals(List.of(), result.roles().get(0).filledElsewhere());
  }
}
