package io.competency.evaluation.plan;

import static io.competency.evaluation.plan.Plans.distinct;
import static io.competency.evaluation.plan.Plans.path;
import static io.competency.evaluation.plan.Plans.person;
import static io.competency.evaluation.plan.Plans.role;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * People not in the input join only when the input has too few people; each earns a shortest path, and
 * they are numbered 1, 2, … in the order the plan needs them.
 */
class NewcomersFillWhatPeopleCannotTest {

  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of("nobody yet: newcomers on the shortest path",
            distinct(role(2, path("A", "B"), path("C"))),
            List.of(),
            List.of("r0 new1 p1 C", "r0 new2 p1 C"), 2),
        Arguments.of("one person, three slots",
            distinct(role(3, path("A"))),
            List.of(person("ann", "A")),
            List.of("r0 ann p0", "r0 new1 p0 A", "r0 new2 p0 A"), 2),
        Arguments.of("numbered in plan order across roles",
            distinct(role(1, path("A")), role(2, path("B"))),
            List.of(person("ann", "B")),
            List.of("r0 new1 p0 A", "r1 ann p0", "r1 new2 p0 B"), 2),
        Arguments.of("the person goes where they save most",
            distinct(role(1, path("A")), role(1, path("B", "C", "D"))),
            List.of(person("ann", "B")),
            List.of("r0 new1 p0 A", "r1 ann p0 C D"), 1),
        Arguments.of("a person who saves nothing anywhere takes the first slot",
            distinct(role(1, path("A")), role(1, path("B", "C", "D"))),
            List.of(person("ann")),
            List.of("r0 ann p0 A", "r1 new1 p0 B C D"), 1),
        Arguments.of("enough people: no newcomer, even holding nothing",
            distinct(role(2, path("A", "B"))),
            List.of(person("ann"), person("bob")),
            List.of("r0 ann p0 A B", "r0 bob p0 A B"), 0));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void newcomersJoinOnlyWhenPeopleRunOut(String row, SkillDemand demand, List<Individual> people,
      List<String> plan, int newcomers) {
    CredentialPlan planned = CredentialPlanner.plan(demand, people);

    assertEquals(plan, Plans.describe(planned));
    assertEquals(newcomers, planned.newcomers());
    assertEquals(Reference.bruteForce(demand, people), planned);
  }
}
