package io.competency.evaluation.plan;

import java.util.Arrays;
import java.util.List;

/**
 * Per role, the people who can matter to a plan: the first {@code limit} by (cost in the role, input
 * position). Found in one pass: people are read in input order into one bucket per cost (a cost never
 * exceeds the role's shortest path), each bucket keeping its first {@code limit} entries; the pass stops
 * early once every role has {@code limit} people who already qualify.
 */
final class Shortlist {
  private Shortlist() {
  }

  /** Each role's shortlist, as input positions ordered by (cost, position). */
  static int[][] of(RoleCosts costs, List<Individual> people, int[] limits) {
    int roles = limits.length;
    int[][][] buckets = new int[roles][][];
    int[][] filled = new int[roles][];
    int settled = 0;
    for (int r = 0; r < roles; r++) {
      int highest = costs.cost(costs.none(), r);
      buckets[r] = new int[highest + 1][limits[r]];
      filled[r] = new int[highest + 1];
      settled += limits[r] == 0 ? 1 : 0;
    }
    long[] satisfied = costs.none();
    for (int position = 0; position < people.size() && settled < roles; position++) {
      costs.satisfied(people.get(position), satisfied);
      for (int r = 0; r < roles; r++) {
        int cost = costs.cost(satisfied, r);
        if (filled[r][cost] < limits[r]) {
          buckets[r][cost][filled[r][cost]++] = position;
          settled += cost == 0 && filled[r][0] == limits[r] ? 1 : 0;
        }
      }
    }
    int[][] shortlists = new int[roles][];
    for (int r = 0; r < roles; r++) {
      shortlists[r] = cheapestFirst(buckets[r], filled[r], limits[r]);
    }
    return shortlists;
  }

  private static int[] cheapestFirst(int[][] buckets, int[] filled, int limit) {
    int[] shortlist = new int[limit];
    int size = 0;
    for (int cost = 0; cost < buckets.length && size < limit; cost++) {
      int taken = Math.min(filled[cost], limit - size);
      System.arraycopy(buckets[cost], 0, shortlist, size, taken);
      size += taken;
    }
    return Arrays.copyOf(shortlist, size);
  }
}
