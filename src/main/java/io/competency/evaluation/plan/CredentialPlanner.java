package io.competency.evaluation.plan;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;

/**
 * The fewest credentials a partner's people must earn, and the people it must add, so that one skill
 * requirement is met: the credential part of an evaluation's next steps. Pure: no I/O, no catalog types.
 *
 * <h2>What a plan is</h2>
 * Every slot of every role gets a person, either from the input or a newcomer. The cost of a person in a
 * role is the fewest choices they still miss on any of the role's paths (0 when they already qualify);
 * a newcomer holds nothing, so costs the length of the role's shortest path. The plan minimizes the total
 * cost, the number of credentials to earn. With {@link SkillDemand#distinctPeople()} a person fills at
 * most one slot over all roles, so the roles compete for people: giving the nearest person to the first
 * role can leave a later role expensive, and no greedy rule avoids that in general. The plan is therefore a
 * minimum-cost bipartite assignment of people to slots. Without distinct people each role is planned on
 * its own (its cheapest people), and one person may appear in several roles.
 *
 * <p>Costs count choices, as the catalog states them. Where two choices of one path share a code (or one
 * person fills roles whose paths overlap, without distinct people), one credential can satisfy both, and
 * the plan lists it under each choice: its cost then overstates what must be earned.
 *
 * <p>A person of the input never costs more than a newcomer (they miss at most every choice of the
 * shortest path), so newcomers appear only when the input has fewer people than the slots that compete.
 *
 * <h2>Which plan, among equally cheap ones</h2>
 * Exactly one plan is returned: among minimum-cost plans, the one that
 * <ol>
 *   <li>uses the people earliest in the input: person after person in input order, each is in the plan
 *       when some minimum-cost plan holds them along with those already kept (newcomers come after
 *       everyone in the input, so an existing person is always preferred to a newcomer at equal cost);</li>
 *   <li>then arranges them slot by slot, in role order, each slot taking the earliest person that still
 *       allows a minimum-cost plan (so within a role, people appear in input order, newcomers last).</li>
 * </ol>
 * A person's path is the first one on which they miss the fewest choices; a newcomer's, the first shortest
 * path. Equivalently, the plan minimizes the total cost, then the sum of the people's input positions,
 * then the sequence of positions slot by slot: the sets of people that minimum-cost assignments use are
 * the bases of a matroid, so one set alone has the smallest sum of positions, the one rule 1 describes.
 *
 * <h2>How</h2>
 * <ol>
 *   <li>One pass over the people ({@link Shortlist}, with costs from {@link RoleCosts}) keeps, per role,
 *       the first {@code S} people by (cost, position), {@code S} being the number of slots that compete
 *       (all slots with distinct people, the role's own otherwise). Nobody else can be in the plan: if a
 *       person outside a role's first {@code S} filled a slot of that role, one of those {@code S} would be
 *       unused (the other slots take at most {@code S − 1} people) and would fill that slot at a lower
 *       (cost, position). So the assignment grows with the slots, not with the people.</li>
 *   <li>A minimum-cost assignment ({@link MinCostAssignment}, the Hungarian method) of the slots to the
 *       kept people, plus newcomers when they are too few, weighing each pair cost · K + position, with K
 *       larger than any sum of positions: it minimizes the cost, then the sum of positions, which fixes who
 *       is in the plan.</li>
 *   <li>The same method on those people alone, by cost only, then the earliest of its optimal
 *       arrangements ({@link MinCostAssignment#earliest()}): rule 2.</li>
 * </ol>
 * The pass costs one map lookup per credential held plus a few word operations per person, role and path;
 * the rest depends on slots and roles only (20,000 people and 20 slots take a few milliseconds).
 */
public final class CredentialPlanner {
  private CredentialPlanner() {
  }

  /**
   * The plan that meets {@code demand} with {@code people} (which plan: see the class description).
   *
   * @param demand the roles of one skill requirement
   * @param people the partner's people, in input order (the order that breaks ties)
   * @return every slot of every role with its person, path and missing choices
   */
  public static CredentialPlan plan(SkillDemand demand, List<Individual> people) {
    Objects.requireNonNull(demand, "demand");
    Objects.requireNonNull(people, "people");
    List<RoleDemand> roles = demand.roles();
    RoleCosts costs = new RoleCosts(roles);
    int[] competing = roles.stream()
        .mapToInt(role -> demand.distinctPeople() ? demand.slots() : role.slots())
        .toArray();
    int[][] shortlists = Shortlist.of(costs, people, competing);
    if (demand.distinctPeople()) {
      int[] everyRole = IntStream.range(0, roles.size()).toArray();
      return new CredentialPlan(assign(costs, roles, people, everyRole, union(shortlists)));
    }
    List<PlannedSlot> slots = new ArrayList<>();
    for (int r = 0; r < roles.size(); r++) {
      int[] shortlist = shortlists[r].clone();
      Arrays.sort(shortlist);
      slots.addAll(assign(costs, roles, people, new int[] {r}, shortlist));
    }
    return new CredentialPlan(slots);
  }

  /** The slots of {@code roleIndexes}, in order, filled from {@code shortlist} (ascending positions) and newcomers. */
  private static List<PlannedSlot> assign(RoleCosts costs, List<RoleDemand> roles, List<Individual> people,
      int[] roleIndexes, int[] shortlist) {
    int[] slotRoles = Arrays.stream(roleIndexes)
        .flatMap(r -> IntStream.range(0, roles.get(r).slots()).map(slot -> r))
        .toArray();
    int slots = slotRoles.length;
    if (slots == 0) {
      return List.of();
    }
    List<Candidate> pool = pool(costs, people, shortlist, slots);
    long positionsBound = (long) slots * (people.size() + slots) + 1;
    long[][] weighted = new long[slots][pool.size()];
    for (int t = 0; t < slots; t++) {
      for (int c = 0; c < pool.size(); c++) {
        weighted[t][c] = pool.get(c).cost(costs, slotRoles[t]) * positionsBound + pool.get(c).position();
      }
    }
    List<Candidate> chosen = chosen(pool, MinCostAssignment.solve(weighted).columnOfRow());
    long[][] plain = new long[slots][slots];
    for (int t = 0; t < slots; t++) {
      for (int c = 0; c < slots; c++) {
        plain[t][c] = chosen.get(c).cost(costs, slotRoles[t]);
      }
    }
    return planned(costs, slotRoles, chosen, MinCostAssignment.solve(plain).earliest());
  }

  /** The kept people, then as many newcomers as the slots outnumber them, each with what they satisfy. */
  private static List<Candidate> pool(RoleCosts costs, List<Individual> people, int[] shortlist, int slots) {
    List<Candidate> pool = new ArrayList<>();
    for (int position : shortlist) {
      Individual person = people.get(position);
      pool.add(new Candidate(position, person, costs.satisfied(person, costs.none())));
    }
    for (int position = people.size(); pool.size() < slots; position++) {
      pool.add(new Candidate(position, null, costs.none()));
    }
    return pool;
  }

  /** The candidates the assignment used, in pool order (ascending position). */
  private static List<Candidate> chosen(List<Candidate> pool, int[] columnOfRow) {
    boolean[] used = new boolean[pool.size()];
    for (int column : columnOfRow) {
      used[column] = true;
    }
    return IntStream.range(0, pool.size()).filter(c -> used[c]).mapToObj(pool::get).toList();
  }

  private static List<PlannedSlot> planned(RoleCosts costs, int[] slotRoles, List<Candidate> chosen,
      int[] arrangement) {
    List<PlannedSlot> planned = new ArrayList<>();
    int newcomers = 0;
    for (int t = 0; t < slotRoles.length; t++) {
      Candidate candidate = chosen.get(arrangement[t]);
      int role = slotRoles[t];
      int path = costs.path(candidate.satisfied(), role);
      Assignee assignee = candidate.newcomer()
          ? new Assignee.Newcomer(++newcomers)
          : new Assignee.Existing(candidate.person().id());
      planned.add(new PlannedSlot(role, assignee, path, costs.missing(candidate.satisfied(), role, path)));
    }
    return planned;
  }

  private static int[] union(int[][] shortlists) {
    BitSet positions = new BitSet();
    for (int[] shortlist : shortlists) {
      for (int position : shortlist) {
        positions.set(position);
      }
    }
    return positions.stream().toArray();
  }

  /**
   * Someone who may fill slots, with their position in the tie-breaking order and the choices they
   * satisfy: a person of the input, or a newcomer ({@code person} null, positioned after everyone).
   */
  private record Candidate(int position, Individual person, long[] satisfied) {
    boolean newcomer() {
      return person == null;
    }

    long cost(RoleCosts costs, int role) {
      return costs.cost(satisfied, role);
    }
  }
}
