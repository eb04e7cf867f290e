package io.competency.evaluation.plan;

import static io.competency.evaluation.plan.Plans.path;
import static io.competency.evaluation.plan.Plans.role;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * With 20,000 people only a shortlist per role can matter; these cases check that planning from it loses
 * nothing: against a dynamic program over every person (6 slots), and against an assignment over every
 * person (20 slots). People hold a few codes out of many, so that near people are rare and scattered, with
 * the best ones at the end of the input.
 */
class ThousandsOfPeopleArePlannedFromAShortlistTest {
  private static final int PEOPLE = 20_000;

  @Test
  void sixSlotsMatchADynamicProgramOverEveryPerson() {
    SkillDemand demand = SkillDemand.of(
        role(2, path("A", "B|C"), path("D")),
        role(3, path("A", "E"), path("F", "G", "H")),
        role(1, path("B", "D", "E")));
    List<Individual> people = people(new Random(6));

    CredentialPlan plan = CredentialPlanner.plan(demand, people);

    assertEquals(PlansAreMinimalOnRandomCasesTest.leastCostThenPositions(demand, people),
        PlansAreMinimalOnRandomCasesTest.costThenPositions(plan, people));
    PlansAreMinimalOnRandomCasesTest.assertFollowingThePlanMeetsTheDemand(demand, people, plan, 6);
  }

  @Test
  void twentySlotsMatchAnAssignmentOverEveryPerson() {
    SkillDemand demand = SkillDemand.of(
        role(5, path("A", "B|C"), path("D")),
        role(5, path("A", "E"), path("F", "G", "H")),
        role(4, path("B", "D", "E")),
        role(6, path("C|H", "G")));
    List<Individual> people = people(new Random(20));

    CredentialPlan plan = CredentialPlanner.plan(demand, people);

    assertEquals(leastOverEveryone(demand, people), PlansAreMinimalOnRandomCasesTest.costThenPositions(plan, people));
    PlansAreMinimalOnRandomCasesTest.assertFollowingThePlanMeetsTheDemand(demand, people, plan, 20);
  }

  @Test
  void aRoleMayNeedItsTwentiethNearestPerson() {
    // 19 people hold A and B, one later person holds A alone: role 0's 20th nearest is the one it needs
    SkillDemand demand = SkillDemand.of(role(1, path("A")), role(19, path("A", "B")));
    List<Individual> people = new ArrayList<>();
    for (int p = 0; p < PEOPLE; p++) {
      boolean both = p % 1000 == 500 && p < 19_000;
      List<String> held = both ? List.of("A", "B") : p == 19_700 ? List.of("A") : List.of("X" + p % 60);
      people.add(new Individual("p" + p, held));
    }

    CredentialPlan plan = CredentialPlanner.plan(demand, people);

    assertEquals(0, plan.cost());
    assertEquals(0, plan.newcomers());
    assertEquals("r0 p19700 p0", Plans.describe(plan.slots().get(0)));
  }

  /** Three codes each out of 60 (A–H are the ones the demands name); the last 30 hold four of A–H more. */
  private static List<Individual> people(Random random) {
    List<Individual> people = new ArrayList<>();
    for (int p = 0; p < PEOPLE; p++) {
      List<String> held = new ArrayList<>();
      for (int c = 0; c < 3; c++) {
        held.add(code(random.nextInt(60)));
      }
      for (int c = 0; p >= PEOPLE - 30 && c < 4; c++) {
        held.add(code(random.nextInt(8)));
      }
      people.add(new Individual("p" + p, held));
    }
    return people;
  }

  private static String code(int c) {
    return c < 8 ? String.valueOf((char) ('A' + c)) : "X" + c;
  }

  /** The least (cost, sum of positions) by a minimum-cost assignment of the slots to everyone and newcomers. */
  private static long leastOverEveryone(SkillDemand demand, List<Individual> people) {
    int[] slotRoles = Reference.slotRoles(demand);
    List<Set<String>> held = new ArrayList<>(Reference.held(people));
    for (int k = 0; k < slotRoles.length; k++) {
      held.add(Set.of());
    }
    long positions = 1L << 32;
    long[][] weights = new long[slotRoles.length][held.size()];
    for (int who = 0; who < held.size(); who++) {
      for (int r = 0; r < demand.roles().size(); r++) {
        long weight = Reference.cost(demand.roles().get(r), held.get(who)) * positions + who;
        for (int t = 0; t < slotRoles.length; t++) {
          if (slotRoles[t] == r) {
            weights[t][who] = weight;
          }
        }
      }
    }
    long least = 0;
    int[] columnOfRow = MinCostAssignment.solve(weights).columnOfRow();
    for (int t = 0; t < slotRoles.length; t++) {
      least += weights[t][columnOfRow[t]];
    }
    return least;
  }
}
