package io.competency.evaluation.plan;

import static io.competency.evaluation.plan.Plans.distinct;
import static io.competency.evaluation.plan.Plans.path;
import static io.competency.evaluation.plan.Plans.person;
import static io.competency.evaluation.plan.Plans.role;
import static io.competency.evaluation.plan.Plans.shared;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * When people need not be distinct, every role takes its own cheapest people, whoever else they serve;
 * the same demand with distinct people shows the difference.
 */
class RolesWithoutDistinctPeopleArePlannedAloneTest {

  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of("one person fills both roles",
            List.of(role(1, path("A")), role(1, path("B"))),
            List.of(person("ann", "A", "B")),
            List.of("r0 ann p0", "r1 ann p0"),
            List.of("r0 ann p0", "r1 new1 p0 B")),
        Arguments.of("each role its cheapest people",
            List.of(role(2, path("A")), role(1, path("A", "B"))),
            List.of(person("ann", "A", "B"), person("bob", "A"), person("cy")),
            List.of("r0 ann p0", "r0 bob p0", "r1 ann p0"),
            List.of("r0 bob p0", "r0 cy p0 A", "r1 ann p0")),
        Arguments.of("the greedy choice is right when roles do not compete",
            List.of(role(1, path("A")), role(1, path("B"))),
            List.of(person("ann", "A", "B"), person("bob", "A")),
            List.of("r0 ann p0", "r1 ann p0"),
            List.of("r0 bob p0", "r1 ann p0")),
        Arguments.of("newcomers are numbered within each role",
            List.of(role(2, path("A")), role(2, path("B"))),
            List.of(person("ann", "A", "B")),
            List.of("r0 ann p0", "r0 new1 p0 A", "r1 ann p0", "r1 new1 p0 B"),
            List.of("r0 ann p0", "r0 new1 p0 A", "r1 new2 p0 B", "r1 new3 p0 B")),
        Arguments.of("a role of no slots",
            List.of(role(0, path("A")), role(1, path("B"))),
            List.of(person("ann", "B")),
            List.of("r1 ann p0"),
            List.of("r1 ann p0")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void eachRoleIsPlannedOnItsOwn(String row, List<RoleDemand> roles, List<Individual> people,
      List<String> sharedPlan, List<String> distinctPlan) {
    SkillDemand sharedDemand = shared(roles.toArray(RoleDemand[]::new));
    SkillDemand distinctDemand = distinct(roles.toArray(RoleDemand[]::new));

    assertEquals(sharedPlan, Plans.describe(CredentialPlanner.plan(sharedDemand, people)));
    assertEquals(distinctPlan, Plans.describe(CredentialPlanner.plan(distinctDemand, people)));
    assertEquals(Reference.bruteForce(sharedDemand, people), CredentialPlanner.plan(sharedDemand, people));
  }
}
