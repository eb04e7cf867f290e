package io.competency.evaluation.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Generated cases (fixed seeds) against references written from the definitions: small ones against every
 * possible assignment, larger ones (where only the cheapest people can matter) against a dynamic program
 * over people and filled slots. In every case, following the plan meets the requirement.
 */
class PlansAreMinimalOnRandomCasesTest {

  static LongStream seeds() {
    return LongStream.rangeClosed(1, 400);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void smallCasesGetExactlyTheBruteForcePlan(long seed) {
    RandomDemands random = new RandomDemands(seed, 5);
    SkillDemand demand = random.demand(3, 2, 4, seed % 3 != 0);
    List<Individual> people = random.people(random.random().nextInt(7));

    CredentialPlan plan = CredentialPlanner.plan(demand, people);
    CredentialPlan best = Reference.bruteForce(demand, people);

    assertEquals(best.cost(), plan.cost(), "total cost");
    assertEquals(best, plan);
    assertFollowingThePlanMeetsTheDemand(demand, people, plan, seed);
    assertEquals(Reference.met(demand, Reference.held(people)), plan.met(), "met as things stand");
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void largerCasesAreMinimalInCostThenInPositions(long seed) {
    RandomDemands random = new RandomDemands(seed, 6);
    SkillDemand demand = random.demand(4, 3, 8, true);
    List<Individual> people = random.people(random.random().nextInt(40));

    CredentialPlan plan = CredentialPlanner.plan(demand, people);

    assertEquals(leastCostThenPositions(demand, people), costThenPositions(plan, people));
    assertFollowingThePlanMeetsTheDemand(demand, people, plan, seed);
  }

  static void assertFollowingThePlanMeetsTheDemand(SkillDemand demand, List<Individual> people,
      CredentialPlan plan, long seed) {
    List<Set<String>> after = Reference.afterPlan(people, plan, new Random(seed));
    assertTrue(Reference.met(demand, after), "following the plan meets the demand");
  }

  private static final long POSITIONS = 1L << 32;

  /** Total cost, then sum of positions (newcomer k after everyone: people + k − 1), as one number. */
  static long costThenPositions(CredentialPlan plan, List<Individual> people) {
    List<String> ids = people.stream().map(Individual::id).toList();
    long positions = 0;
    for (PlannedSlot slot : plan.slots()) {
      positions += slot.assignee() instanceof Assignee.Existing existing
          ? ids.indexOf(existing.id())
          : people.size() + ((Assignee.Newcomer) slot.assignee()).number() - 1;
    }
    return plan.cost() * POSITIONS + positions;
  }

  /**
   * The least (total cost, sum of positions) of any plan with distinct people: people (then newcomers)
   * are taken one by one, each either left out or given one slot not yet filled.
   */
  static long leastCostThenPositions(SkillDemand demand, List<Individual> people) {
    int[] slotRoles = Reference.slotRoles(demand);
    int slots = slotRoles.length;
    List<Set<String>> held = new ArrayList<>(Reference.held(people));
    for (int k = 0; k < slots; k++) {
      held.add(Set.of());
    }
    long[] least = new long[1 << slots];
    Arrays.fill(least, Long.MAX_VALUE);
    least[0] = 0;
    for (int who = 0; who < held.size(); who++) {
      long[] costs = new long[demand.roles().size()];
      for (int r = 0; r < costs.length; r++) {
        costs[r] = Reference.cost(demand.roles().get(r), held.get(who));
      }
      long[] next = least.clone();
      for (int mask = 0; mask < least.length; mask++) {
        if (least[mask] == Long.MAX_VALUE) {
          continue;
        }
        for (int t = 0; t < slots; t++) {
          if ((mask & (1 << t)) == 0) {
            next[mask | (1 << t)] = Math.min(next[mask | (1 << t)], least[mask] + costs[slotRoles[t]] * POSITIONS + who);
          }
        }
      }
      least = next;
    }
    return least[least.length - 1];
  }
}
