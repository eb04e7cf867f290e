package io.competency.evaluation.plan;

import static io.competency.evaluation.plan.Plans.distinct;
import static io.competency.evaluation.plan.Plans.path;
import static io.competency.evaluation.plan.Plans.person;
import static io.competency.evaluation.plan.Plans.role;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Cases built so that filling the slots one by one with the nearest free person is wrong: the plan must
 * rearrange people across roles and paths. Each row also checks that the greedy plan really costs more.
 */
class GreedyAssignmentIsNotEnoughTest {

  static Stream<Arguments> traps() {
    return Stream.of(
        // the nearest person to role 0 is the only one who can fill role 1
        Arguments.of("across roles",
            distinct(role(1, path("A")), role(1, path("B"))),
            List.of(person("ann", "A", "B"), person("bob", "A")),
            List.of("r0 bob p0", "r1 ann p0"), 0, 1),
        // bob fills role 0 by its second path, freeing ann for role 1
        Arguments.of("across paths",
            distinct(role(1, path("A"), path("B", "C")), role(1, path("A", "D"))),
            List.of(person("ann", "A", "D"), person("bob", "B", "C")),
            List.of("r0 bob p1", "r1 ann p0"), 0, 2),
        // the cheapest pair (ann, role 0) is in no cheapest plan: both must earn one credential instead
        Arguments.of("the cheapest pair is not in the cheapest plan",
            distinct(role(1, path("A")), role(1, path("B", "C", "D"))),
            List.of(person("ann", "A", "B", "C"), person("bob")),
            List.of("r0 bob p0 A", "r1 ann p0 D"), 2, 3),
        // a rotation: everyone moves one role along
        Arguments.of("a rotation through three roles",
            distinct(role(1, path("A")), role(1, path("B")), role(1, path("C"))),
            List.of(person("ann", "A", "B"), person("bob", "B", "C"), person("cy", "A")),
            List.of("r0 cy p0", "r1 ann p0", "r2 bob p0"), 0, 1),
        // "k of the same N must also pass X": the one holding X must be kept for the smaller role
        Arguments.of("a role of two before a stricter role of one",
            distinct(role(2, path("Q")), role(1, path("Q", "X"))),
            List.of(person("ann", "Q", "X"), person("bob", "Q"), person("cy", "Q")),
            List.of("r0 bob p0", "r0 cy p0", "r1 ann p0"), 0, 1),
        // CRM silver: role 0 = [[MB2-714|713|709], [MB2-710|706]], role 1 = [[MB2-712|707]]
        Arguments.of("CRM silver",
            distinct(role(1, path("MB2-714|MB2-713|MB2-709", "MB2-710|MB2-706")), role(1, path("MB2-712|MB2-707"))),
            List.of(person("ann", "MB2-714", "MB2-710", "MB2-712"), person("bob", "MB2-709", "MB2-706")),
            List.of("r0 bob p0", "r1 ann p0"), 0, 1),
        // the newcomer takes the role that is cheap to learn, the one person the role that is not
        Arguments.of("a newcomer where learning is cheapest",
            distinct(role(1, path("A")), role(1, path("B", "C"))),
            List.of(person("ann", "A", "B", "C")),
            List.of("r0 new1 p0 A", "r1 ann p0"), 1, 2),
        // a longer chain: two people move, across two paths and a role of two
        Arguments.of("a chain across a role of two and two paths",
            distinct(role(2, path("A", "E"), path("B", "C")), role(1, path("D", "A"))),
            List.of(person("ann", "A", "D", "E"), person("bob", "A", "E"), person("cy", "B")),
            List.of("r0 bob p0", "r0 cy p1 C", "r1 ann p0"), 1, 2));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("traps")
  void thePlanRearrangesPeopleWhereGreedyWouldNot(String row, SkillDemand demand, List<Individual> people,
      List<String> plan, int cost, int greedyCost) {
    CredentialPlan planned = CredentialPlanner.plan(demand, people);

    assertEquals(plan, Plans.describe(planned));
    assertEquals(cost, planned.cost());
    assertEquals(greedyCost, Reference.greedyCost(demand, people));
    assertTrue(greedyCost > cost, "the case must be a trap for greedy");
    assertEquals(Reference.bruteForce(demand, people), planned);
  }
}
