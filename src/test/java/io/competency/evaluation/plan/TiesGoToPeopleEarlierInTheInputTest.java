package io.competency.evaluation.plan;

import static io.competency.evaluation.plan.Plans.distinct;
import static io.competency.evaluation.plan.Plans.path;
import static io.competency.evaluation.plan.Plans.person;
import static io.competency.evaluation.plan.Plans.role;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Among equally cheap plans: the earliest people of the input, existing people before newcomers, then
 * slot by slot the earliest person; the first of equally near paths.
 */
class TiesGoToPeopleEarlierInTheInputTest {

  static Stream<Arguments> ties() {
    return Stream.of(
        Arguments.of("two qualified people, one slot: the first",
            distinct(role(1, path("A"))),
            List.of(person("ann", "A"), person("bob", "A")),
            List.of("r0 ann p0")),
        Arguments.of("two equally near people: the first",
            distinct(role(1, path("A"))),
            List.of(person("ann"), person("bob")),
            List.of("r0 ann p0 A")),
        Arguments.of("a later person who is nearer beats an earlier one",
            distinct(role(1, path("A"))),
            List.of(person("ann"), person("bob", "A")),
            List.of("r0 bob p0")),
        Arguments.of("a person holding nothing rather than a newcomer",
            distinct(role(1, path("A", "B"))),
            List.of(person("ann", "Z")),
            List.of("r0 ann p0 A B")),
        Arguments.of("people who could swap roles keep input order, role by role",
            distinct(role(1, path("A")), role(1, path("A"))),
            List.of(person("ann", "A"), person("bob", "A")),
            List.of("r0 ann p0", "r1 bob p0")),
        Arguments.of("within a role, input order",
            distinct(role(2, path("A"))),
            List.of(person("bob", "A"), person("ann", "A")),
            List.of("r0 bob p0", "r0 ann p0")),
        Arguments.of("the earliest people first, their arrangement second",
            distinct(role(1, path("A")), role(1, path("B"))),
            List.of(person("ann", "A", "B"), person("bob", "A"), person("cy", "B")),
            List.of("r0 bob p0", "r1 ann p0")),
        Arguments.of("two equally cheap plans: the one with earlier people, though it puts nobody in place",
            distinct(role(2, path("C")), role(1, path("C", "C|A"))),
            List.of(person("ann"), person("bob"), person("cy", "A"), person("dee", "C")),
            List.of("r0 ann p0 C", "r0 bob p0 C", "r1 dee p0")),
        Arguments.of("equally near paths: the first",
            distinct(role(1, path("A", "B"), path("C"))),
            List.of(person("ann", "A")),
            List.of("r0 ann p0 B")),
        Arguments.of("a nearer later path wins",
            distinct(role(1, path("A", "B", "C"), path("C", "D"))),
            List.of(person("ann", "C")),
            List.of("r0 ann p1 D")),
        Arguments.of("a newcomer takes the first shortest path",
            distinct(role(1, path("A", "B"), path("C"), path("D"))),
            List.of(),
            List.of("r0 new1 p1 C")),
        Arguments.of("missing choices in path order",
            distinct(role(1, path("C", "A|B", "D"))),
            List.of(person("ann", "A")),
            List.of("r0 ann p0 C D")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("ties")
  void equallyCheapPlansAreDecidedByInputOrder(String row, SkillDemand demand, List<Individual> people,
      List<String> plan) {
    CredentialPlan planned = CredentialPlanner.plan(demand, people);

    assertEquals(plan, Plans.describe(planned));
    assertEquals(Reference.bruteForce(demand, people), planned);
  }

  @Test
  void theSameInputAlwaysGivesTheSamePlan() {
    SkillDemand demand = distinct(role(2, path("A", "B"), path("C")), role(2, path("A|C")), role(1, path("B")));
    List<Individual> people = List.of(person("p1", "A"), person("p2", "C"), person("p3", "B"),
        person("p4", "A", "C"), person("p5"), person("p6", "B", "C"));

    CredentialPlan first = CredentialPlanner.plan(demand, people);

    for (int run = 0; run < 20; run++) {
      assertEquals(first, CredentialPlanner.plan(demand, people));
    }
  }
}
