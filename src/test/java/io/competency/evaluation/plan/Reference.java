package io.competency.evaluation.plan;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Slow, obviously correct counterparts of the planner, written from the definitions alone: costs by
 * counting, plans by trying every assignment, "is the requirement met" by a maximum matching.
 */
final class Reference {
  private Reference() {
  }

  /** How many choices of {@code path} a holder of {@code held} misses. */
  static int missing(CredentialPath path, Set<String> held) {
    int missing = 0;
    for (Choice choice : path.choices()) {
      if (choice.anyOf().stream().noneMatch(held::contains)) {
        missing++;
      }
    }
    return missing;
  }

  /** The first path of {@code role} on which {@code held} misses the fewest choices. */
  static int bestPath(RoleDemand role, Set<String> held) {
    int best = 0;
    for (int p = 1; p < role.paths().size(); p++) {
      if (missing(role.paths().get(p), held) < missing(role.paths().get(best), held)) {
        best = p;
      }
    }
    return best;
  }

  static int cost(RoleDemand role, Set<String> held) {
    return missing(role.paths().get(bestPath(role, held)), held);
  }

  static boolean qualifies(RoleDemand role, Set<String> held) {
    return cost(role, held) == 0;
  }

  static List<Set<String>> held(List<Individual> people) {
    return people.stream().<Set<String>>map(person -> new HashSet<>(person.credentials())).toList();
  }

  /** The slot's line for a holder of {@code held}, as the planner would write it. */
  static PlannedSlot slot(int r, RoleDemand role, Assignee assignee, Set<String> held) {
    int path = bestPath(role, held);
    List<Choice> missing = role.paths().get(path).choices().stream()
        .filter(choice -> choice.anyOf().stream().noneMatch(held::contains))
        .toList();
    return new PlannedSlot(r, assignee, path, missing);
  }

  /** The role of each slot, in slot order. */
  static int[] slotRoles(SkillDemand demand) {
    List<Integer> roles = new ArrayList<>();
    for (int r = 0; r < demand.roles().size(); r++) {
      for (int s = 0; s < demand.roles().get(r).slots(); s++) {
        roles.add(r);
      }
    }
    return roles.stream().mapToInt(Integer::intValue).toArray();
  }

  /**
   * The plan the contract defines, by trying every assignment of people and newcomers to slots: the least
   * (total cost, sum of positions, sequence of positions) with newcomers positioned after everyone, then
   * numbered in order of appearance (per role when people need not be distinct).
   */
  static CredentialPlan bruteForce(SkillDemand demand, List<Individual> people) {
    int[] slotRoles = slotRoles(demand);
    int n = people.size();
    List<Set<String>> held = new ArrayList<>(held(people));
    for (int k = 0; k < slotRoles.length; k++) {
      held.add(Set.of());
    }
    Search search = new Search(demand, slotRoles, held);
    search.run(0, new int[slotRoles.length], 0, 0);
    List<PlannedSlot> slots = new ArrayList<>();
    int newcomers = 0;
    int previousRole = -1;
    for (int t = 0; t < slotRoles.length; t++) {
      int r = slotRoles[t];
      if (!demand.distinctPeople() && r != previousRole) {
        newcomers = 0;
      }
      previousRole = r;
      int who = search.best[t];
      Assignee assignee = who < n ? new Assignee.Existing(people.get(who).id()) : new Assignee.Newcomer(++newcomers);
      slots.add(slot(r, demand.roles().get(r), assignee, held.get(who)));
    }
    return new CredentialPlan(slots);
  }

  /** Depth-first enumeration of every valid assignment, keeping the least by the contract's order. */
  private static final class Search {
    private final SkillDemand demand;
    private final int[] slotRoles;
    private final int[][] costs;
    private int[] best;
    private long bestCost = Long.MAX_VALUE;
    private long bestPositions = Long.MAX_VALUE;

    Search(SkillDemand demand, int[] slotRoles, List<Set<String>> held) {
      this.demand = demand;
      this.slotRoles = slotRoles;
      this.costs = new int[held.size()][demand.roles().size()];
      for (int who = 0; who < held.size(); who++) {
        for (int r = 0; r < demand.roles().size(); r++) {
          costs[who][r] = cost(demand.roles().get(r), held.get(who));
        }
      }
    }

    void run(int t, int[] chosen, long cost, long positions) {
      if (t == slotRoles.length) {
        keepIfBetter(chosen, cost, positions);
        return;
      }
      for (int who = 0; who < costs.length; who++) {
        if (taken(chosen, t, who)) {
          continue;
        }
        chosen[t] = who;
        run(t + 1, chosen, cost + costs[who][slotRoles[t]], positions + who);
      }
    }

    private boolean taken(int[] chosen, int t, int who) {
      for (int earlier = 0; earlier < t; earlier++) {
        boolean competes = demand.distinctPeople() || slotRoles[earlier] == slotRoles[t];
        if (competes && chosen[earlier] == who) {
          return true;
        }
      }
      return false;
    }

    private void keepIfBetter(int[] chosen, long cost, long positions) {
      boolean better = best == null
          || cost < bestCost
          || cost == bestCost && positions < bestPositions
          || cost == bestCost && positions == bestPositions && Arrays.compare(chosen, best) < 0;
      if (better) {
        best = chosen.clone();
        bestCost = cost;
        bestPositions = positions;
      }
    }
  }

  /** The people after following {@code plan}: each earns one code of every choice they miss; newcomers join. */
  static List<Set<String>> afterPlan(List<Individual> people, CredentialPlan plan, Random random) {
    List<Set<String>> after = new ArrayList<>(held(people).stream().<Set<String>>map(HashSet::new).toList());
    List<String> ids = people.stream().map(Individual::id).toList();
    Map<String, Set<String>> newcomers = new LinkedHashMap<>();
    for (PlannedSlot slot : plan.slots()) {
      Set<String> target = slot.assignee() instanceof Assignee.Existing existing
          ? after.get(ids.indexOf(existing.id()))
          : newcomers.computeIfAbsent("new" + ((Assignee.Newcomer) slot.assignee()).number(), k -> new HashSet<>());
      for (Choice choice : slot.missing()) {
        target.add(choice.anyOf().get(random.nextInt(choice.anyOf().size())));
      }
    }
    after.addAll(newcomers.values());
    return after;
  }

  /**
   * Whether people holding {@code held} meet the demand as the evaluation counts it: a maximum assignment
   * of qualified people to slots fills every slot (one slot per person when people are distinct; each role
   * on its own otherwise).
   */
  static boolean met(SkillDemand demand, List<Set<String>> held) {
    if (!demand.distinctPeople()) {
      return demand.roles().stream()
          .allMatch(role -> held.stream().filter(h -> qualifies(role, h)).count() >= role.slots());
    }
    int[] slotRoles = slotRoles(demand);
    int[] personOfSlot = new int[slotRoles.length];
    Arrays.fill(personOfSlot, -1);
    int matched = 0;
    for (int person = 0; person < held.size(); person++) {
      if (augment(demand, slotRoles, held, person, personOfSlot, new boolean[slotRoles.length])) {
        matched++;
      }
    }
    return matched == slotRoles.length;
  }

  private static boolean augment(SkillDemand demand, int[] slotRoles, List<Set<String>> held, int person,
      int[] personOfSlot, boolean[] visited) {
    for (int t = 0; t < slotRoles.length; t++) {
      if (visited[t] || !qualifies(demand.roles().get(slotRoles[t]), held.get(person))) {
        continue;
      }
      visited[t] = true;
      if (personOfSlot[t] < 0 || augment(demand, slotRoles, held, personOfSlot[t], personOfSlot, visited)) {
        personOfSlot[t] = person;
        return true;
      }
    }
    return false;
  }

  /**
   * The plan a greedy planner makes: slot by slot in role order, the cheapest person still free (the
   * earliest on ties; a newcomer only when strictly cheaper or nobody is left). Its total cost.
   */
  static int greedyCost(SkillDemand demand, List<Individual> people) {
    List<Set<String>> held = held(people);
    boolean[] used = new boolean[people.size()];
    int total = 0;
    for (int r : slotRoles(demand)) {
      RoleDemand role = demand.roles().get(r);
      int newcomer = cost(role, Set.of());
      int pick = -1;
      for (int p = 0; p < people.size(); p++) {
        if (!used[p] && (pick < 0 || cost(role, held.get(p)) < cost(role, held.get(pick)))) {
          pick = p;
        }
      }
      if (pick < 0 || newcomer < cost(role, held.get(pick))) {
        total += newcomer;
        continue;
      }
      used[pick] = true;
      total += cost(role, held.get(pick));
    }
    return total;
  }
}
