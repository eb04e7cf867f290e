package io.competency.evaluation.plan;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Hungarian method against every injective assignment of small random matrices with many equal
 * entries; on square ones, the earliest optimal assignment against the lexicographically first optimum.
 */
class MinCostAssignmentTest {

  static LongStream seeds() {
    return LongStream.rangeClosed(1, 300);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void findsTheLeastTotalAndTheEarliestOptimum(long seed) {
    Random random = new Random(seed);
    int rows = random.nextInt(6);
    int columns = rows + random.nextInt(3);
    long[][] cost = new long[rows][columns];
    for (long[] row : cost) {
      Arrays.setAll(row, c -> random.nextInt(4));
    }

    MinCostAssignment assignment = MinCostAssignment.solve(cost);
    Optimum optimum = Optimum.of(cost);

    assertEquals(optimum.total, total(cost, assignment.columnOfRow()));
    assertEquals(rows, Arrays.stream(assignment.columnOfRow()).distinct().count());
    if (rows == columns) {
      assertArrayEquals(optimum.earliest, assignment.earliest());
    }
  }

  @Test
  void anEmptyMatrixAssignsNothing() {
    assertArrayEquals(new int[0], MinCostAssignment.solve(new long[0][0]).earliest());
  }

  @Test
  void theEarliestOptimumReroutesTheMethodsOwnAnswer() {
    // optima (total 1): rows 0 and 2 share columns 0 and 2, either way round
    long[][] cost = {{1, 1, 0}, {1, 0, 1}, {1, 1, 0}};
    MinCostAssignment assignment = MinCostAssignment.solve(cost);

    assertArrayEquals(new int[] {2, 1, 0}, assignment.columnOfRow());
    assertArrayEquals(new int[] {0, 1, 2}, assignment.earliest());
  }

  private static long total(long[][] cost, int[] columnOfRow) {
    long total = 0;
    for (int row = 0; row < cost.length; row++) {
      total += cost[row][columnOfRow[row]];
    }
    return total;
  }

  /** The least total over every injective assignment, and the lexicographically first one reaching it. */
  private static final class Optimum {
    private long total = Long.MAX_VALUE;
    private int[] earliest;

    static Optimum of(long[][] cost) {
      Optimum optimum = new Optimum();
      int columns = cost.length == 0 ? 0 : cost[0].length;
      optimum.search(cost, 0, new int[cost.length], new boolean[columns], 0);
      return optimum;
    }

    private void search(long[][] cost, int row, int[] chosen, boolean[] used, long sum) {
      if (row == cost.length) {
        if (sum < total) {
          total = sum;
          earliest = chosen.clone();
        }
        return;
      }
      for (int column = 0; column < used.length; column++) {
        if (!used[column]) {
          used[column] = true;
          chosen[row] = column;
          search(cost, row + 1, chosen, used, sum + cost[row][column]);
          used[column] = false;
        }
      }
    }
  }
}
