package io.competency.evaluation;

import static io.competency.evaluation.CloudProductivity.DEVELOPED;
import static io.competency.evaluation.CloudProductivity.EXAM_346;
import static io.competency.evaluation.CloudProductivity.EXAM_347;
import static io.competency.evaluation.CloudProductivity.MCSA;
import static io.competency.evaluation.CloudProductivity.evaluate;
import static io.competency.evaluation.CloudProductivity.individual;
import static io.competency.evaluation.CloudProductivity.skill;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Who qualifies for Cloud Productivity's skill requirements: both exams 70-346 and 70-347 (path 0) or
 * the MCSA: Office 365 certification (path 1); silver needs 1 individual, gold 2, each counted once.
 */
class SkillQualificationTest {
  private static final QualifiedIndividual ANN_BY_EXAMS = new QualifiedIndividual("ann", 0);
  private static final QualifiedIndividual BOB_BY_MCSA = new QualifiedIndividual("bob", 1);

  static Stream<Arguments> individuals() {
    return Stream.of(
        // individuals, qualified, silver met, gold met
        Arguments.of("nobody", List.of(), List.of(), false, false),
        Arguments.of("both exams", List.of(individual("ann", EXAM_346, EXAM_347)), List.of(ANN_BY_EXAMS), true, false),
        Arguments.of("the certification", List.of(individual("bob", MCSA)), List.of(BOB_BY_MCSA), true, false),
        Arguments.of("only 70-346", List.of(individual("ann", EXAM_346)), List.of(), false, false),
        Arguments.of("only 70-347", List.of(individual("ann", EXAM_347)), List.of(), false, false),
        Arguments.of("one exam each, two people", List.of(individual("ann", EXAM_346), individual("bob", EXAM_347)),
            List.of(), false, false),
        Arguments.of("exams and an unrelated credential", List.of(individual("ann", "AZ-900", EXAM_347, EXAM_346)),
            List.of(ANN_BY_EXAMS), true, false),
        Arguments.of("exams + MCSA, two people", List.of(individual("ann", EXAM_346, EXAM_347), individual("bob", MCSA)),
            List.of(ANN_BY_EXAMS, BOB_BY_MCSA), true, true),
        Arguments.of("two by exams", List.of(individual("ann", EXAM_346, EXAM_347), individual("cy", EXAM_347, EXAM_346)),
            List.of(ANN_BY_EXAMS, new QualifiedIndividual("cy", 0)), true, true),
        Arguments.of("one person holding both paths", List.of(individual("ann", MCSA, EXAM_346, EXAM_347)),
            List.of(ANN_BY_EXAMS), true, false),
        Arguments.of("the same id twice", List.of(individual("bob", MCSA), individual("bob", MCSA)),
            List.of(BOB_BY_MCSA), true, false),
        Arguments.of("three qualified", List.of(individual("ann", EXAM_346, EXAM_347), individual("bob", MCSA),
            individual("cy", MCSA)), List.of(ANN_BY_EXAMS, BOB_BY_MCSA, new QualifiedIndividual("cy", 1)), true, true));
  }

  @ParameterizedTest(name = "{0}: silver met {3}, gold met {4}")
  @MethodSource("individuals")
  void individualsQualifyByAnyOnePathAndCountOnce(String row, List<IndividualData> individuals,
      List<QualifiedIndividual> qualified, boolean silverMet, boolean goldMet) {
    EvaluationResult result = evaluate(DEVELOPED, List.of(), individuals);
    SkillResult silver = skill(result, "silver");
    SkillResult gold = skill(result, "gold");

    assertEquals(qualified, silver.qualifiedIndividuals());
    assertEquals(qualified, gold.qualifiedIndividuals());
    assertEquals(qualified.size(), silver.actual());
    assertEquals(qualified.size(), gold.actual());
    assertEquals(silverMet, silver.met());
    assertEquals(goldMet, gold.met());
  }

  static Stream<Arguments> shortfalls() {
    return Stream.of(
        // qualified individuals, silver shortfall, gold shortfall
        Arguments.of(List.of(), 1, 2),
        Arguments.of(List.of(individual("bob", MCSA)), 0, 1),
        Arguments.of(List.of(individual("bob", MCSA), individual("ann", EXAM_346, EXAM_347)), 0, 0));
  }

  @ParameterizedTest(name = "{0} → silver short {1}, gold short {2}")
  @MethodSource("shortfalls")
  void theShortfallIsHowManyMoreIndividualsAreNeeded(List<IndividualData> individuals, int silver, int gold) {
    EvaluationResult result = evaluate(DEVELOPED, List.of(), individuals);

    assertEquals(1, skill(result, "silver").required());
    assertEquals(2, skill(result, "gold").required());
    assertEquals(silver, skill(result, "silver").shortfall());
    assertEquals(gold, skill(result, "gold").shortfall());
  }
}
