package io.competency.evaluation.plan;

import java.util.Arrays;

/**
 * A minimum-cost assignment of every row to a distinct column (rows ≤ columns), by the Hungarian method
 * with potentials (Kuhn–Munkres in its O(rows² · columns) shortest-augmenting-path form). Besides the
 * assignment it keeps the potentials, the dual solution that proves it optimal: an entry is <em>tight</em>
 * when its cost equals its row's plus its column's potential, and on a square matrix the optimal
 * assignments are exactly the perfect matchings made of tight entries. {@link #earliest()} uses that to
 * pick, among all optimal assignments, the one that gives each row in turn the lowest column it can.
 */
final class MinCostAssignment {
  private static final long INFINITY = Long.MAX_VALUE / 4;

  private final long[][] cost;
  private final int[] columnOfRow;
  private final long[] rowPotential;
  private final long[] columnPotential;

  private MinCostAssignment(long[][] cost, int[] columnOfRow, long[] rowPotential, long[] columnPotential) {
    this.cost = cost;
    this.columnOfRow = columnOfRow;
    this.rowPotential = rowPotential;
    this.columnPotential = columnPotential;
  }

  /** Solves {@code cost[row][column]}; needs at least as many columns as rows. */
  static MinCostAssignment solve(long[][] cost) {
    int rows = cost.length;
    int columns = rows == 0 ? 0 : cost[0].length;
    if (columns < rows) {
      throw new IllegalArgumentException("more rows (" + rows + ") than columns (" + columns + ")");
    }
    // 1-based, as in the classic formulation: column 0 is the virtual start of each augmenting path.
    long[] u = new long[rows + 1];
    long[] v = new long[columns + 1];
    int[] rowOfColumn = new int[columns + 1];
    int[] previous = new int[columns + 1];
    for (int row = 1; row <= rows; row++) {
      augment(cost, row, u, v, rowOfColumn, previous);
    }
    int[] columnOfRow = new int[rows];
    for (int column = 1; column <= columns; column++) {
      if (rowOfColumn[column] != 0) {
        columnOfRow[rowOfColumn[column] - 1] = column - 1;
      }
    }
    return new MinCostAssignment(cost, columnOfRow, Arrays.copyOfRange(u, 1, rows + 1),
        Arrays.copyOfRange(v, 1, columns + 1));
  }

  /** Adds {@code row} to the assignment along a shortest augmenting path, updating the potentials. */
  private static void augment(long[][] cost, int row, long[] u, long[] v, int[] rowOfColumn, int[] previous) {
    int columns = v.length - 1;
    long[] slack = new long[columns + 1];
    Arrays.fill(slack, INFINITY);
    boolean[] reached = new boolean[columns + 1];
    rowOfColumn[0] = row;
    int column = 0;
    do {
      reached[column] = true;
      int from = rowOfColumn[column];
      long delta = INFINITY;
      int next = 0;
      for (int j = 1; j <= columns; j++) {
        if (reached[j]) {
          continue;
        }
        long reduced = cost[from - 1][j - 1] - u[from] - v[j];
        if (reduced < slack[j]) {
          slack[j] = reduced;
          previous[j] = column;
        }
        if (slack[j] < delta) {
          delta = slack[j];
          next = j;
        }
      }
      for (int j = 0; j <= columns; j++) {
        if (reached[j]) {
          u[rowOfColumn[j]] += delta;
          v[j] -= delta;
        } else {
          slack[j] -= delta;
        }
      }
      column = next;
    } while (rowOfColumn[column] != 0);
    do {
      int before = previous[column];
      rowOfColumn[column] = rowOfColumn[before];
      column = before;
    } while (column != 0);
  }

  /** The column assigned to each row. */
  int[] columnOfRow() {
    return columnOfRow.clone();
  }

  /**
   * Among all minimum-cost assignments of a square matrix, the one whose sequence of columns (row 0's,
   * then row 1's, …) is lexicographically smallest. Row by row it tries the columns in ascending order
   * and keeps the first tight one for which the rest can still be matched on tight entries: rerouting
   * the current matching along an alternating path, never touching the rows already decided.
   */
  int[] earliest() {
    int size = columnOfRow.length;
    if (cost.length > 0 && cost[0].length != size) {
      throw new IllegalStateException("the earliest assignment needs a square matrix");
    }
    Rerouting matching = new Rerouting(columnOfRow.clone());
    for (int row = 0; row < size; row++) {
      for (int column = 0; column < size; column++) {
        if (!matching.fixedColumn[column] && tight(row, column) && matching.give(row, column)) {
          break;
        }
      }
    }
    return matching.columnOfRow;
  }

  private boolean tight(int row, int column) {
    return cost[row][column] == rowPotential[row] + columnPotential[column];
  }

  /** A perfect matching on tight entries whose rows are decided one by one. */
  private final class Rerouting {
    private final int[] columnOfRow;
    private final int[] rowOfColumn;
    private final boolean[] fixedColumn;

    Rerouting(int[] columnOfRow) {
      this.columnOfRow = columnOfRow;
      this.rowOfColumn = new int[columnOfRow.length];
      this.fixedColumn = new boolean[columnOfRow.length];
      for (int row = 0; row < columnOfRow.length; row++) {
        rowOfColumn[columnOfRow[row]] = row;
      }
    }

    /**
     * Gives {@code column} to {@code row} for good if the matching can be rerouted so: the row that held
     * the column must reach the row's old column through undecided rows and tight entries.
     */
    boolean give(int row, int column) {
      int freed = columnOfRow[row];
      if (freed != column) {
        int displaced = rowOfColumn[column];
        boolean[] visited = new boolean[columnOfRow.length];
        visited[column] = true;
        if (!reroute(displaced, freed, visited)) {
          return false;
        }
        columnOfRow[row] = column;
        for (int r = 0; r < columnOfRow.length; r++) {
          rowOfColumn[columnOfRow[r]] = r;
        }
      }
      fixedColumn[column] = true;
      return true;
    }

    private boolean reroute(int row, int target, boolean[] visited) {
      for (int column = 0; column < columnOfRow.length; column++) {
        if (visited[column] || fixedColumn[column] || !tight(row, column)) {
          continue;
        }
        visited[column] = true;
        if (column == target || reroute(rowOfColumn[column], target, visited)) {
          columnOfRow[row] = column;
          return true;
        }
      }
      return false;
    }
  }
}
