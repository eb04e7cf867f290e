package io.competency.evaluation;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.RandomAccess;
import java.util.function.Supplier;

/**
 * An immutable list of excluded deployments that makes each element when read, held in one of two
 * compact forms. A partner with tens of thousands of deployments has every one an option does not
 * count listed, for every such option; as objects they would be most of the memory a partner-wide
 * evaluation keeps.
 * <ul>
 *   <li><b>Runs</b>, when the list holds a large share of the partner's deployments (at least a quarter):
 *       runs of consecutive deployment positions with one reason, over {@link Columns} of the partner's
 *       deployments that every list of the same partner shares. A list of every deployment of the
 *       partner is one run.</li>
 *   <li><b>Columns</b> of its own otherwise (customer id, workload code, active users, reason), a few
 *       bytes per entry, so that a short list does not keep the partner's whole table alive.</li>
 * </ul>
 */
abstract sealed class DeploymentExclusions extends AbstractList<ExcludedDeployment> implements RandomAccess {
  private static final ExclusionReason[] REASONS = ExclusionReason.values();

  /** {@code list} as an immutable list: itself when it already is one of these, else a copy. */
  static List<ExcludedDeployment> copyOf(List<ExcludedDeployment> list) {
    return list instanceof DeploymentExclusions ? list : List.copyOf(list);
  }

  /**
   * The deployments of one partner by position (input order), column by column: what an excluded
   * deployment shows, and nothing else of the input.
   */
  record Columns(String[] customerIds, int[] customerOf, String[] workloadCodes, int[] workloadOf, int[] activeUsers) {
    int size() {
      return customerOf.length;
    }

    ExcludedDeployment excluded(int position, ExclusionReason reason) {
      return new ExcludedDeployment(customerIds[customerOf[position]], workloadCodes[workloadOf[position]], activeUsers[position],
          reason);
    }
  }

  /** Collects a list in order, by deployment position, and picks its form when built. */
  static final class Builder {
    private final Supplier<Columns> columns;
    private final int deployments;
    private int[] positions = new int[16];
    private byte[] reasons = new byte[16];
    private int size;

    /** A list over {@code deployments} deployments, whose shared columns {@code columns} gives when needed. */
    Builder(int deployments, Supplier<Columns> columns) {
      this.deployments = deployments;
      this.columns = columns;
    }

    void add(int position, ExclusionReason reason) {
      if (size == positions.length) {
        positions = Arrays.copyOf(positions, size * 2);
        reasons = Arrays.copyOf(reasons, size * 2);
      }
      positions[size] = position;
      reasons[size] = (byte) reason.ordinal();
      size++;
    }

    List<ExcludedDeployment> build() {
      if (size == 0) {
        return List.of();
      }
      return size >= Math.max(64, deployments / 4) ? runs(columns.get()) : ownColumns(columns.get());
    }

    private List<ExcludedDeployment> runs(Columns shared) {
      int[] starts = new int[16];
      int[] ends = new int[16];
      byte[] runReasons = new byte[16];
      int runs = 0;
      int next = -1;
      for (int i = 0; i < size; i++) {
        if (runs > 0 && positions[i] == next && reasons[i] == runReasons[runs - 1]) {
          ends[runs - 1]++;
          next++;
          continue;
        }
        if (runs == starts.length) {
          starts = Arrays.copyOf(starts, runs * 2);
          ends = Arrays.copyOf(ends, runs * 2);
          runReasons = Arrays.copyOf(runReasons, runs * 2);
        }
        starts[runs] = positions[i];
        ends[runs] = i + 1;
        runReasons[runs] = reasons[i];
        runs++;
        next = positions[i] + 1;
      }
      return new Runs(shared, Arrays.copyOf(starts, runs), Arrays.copyOf(ends, runs), Arrays.copyOf(runReasons, runs));
    }

    private List<ExcludedDeployment> ownColumns(Columns shared) {
      String[] customerIds = new String[size];
      String[] workloads = new String[size];
      int[] activeUsers = new int[size];
      for (int i = 0; i < size; i++) {
        int position = positions[i];
        customerIds[i] = shared.customerIds()[shared.customerOf()[position]];
        workloads[i] = shared.workloadCodes()[shared.workloadOf()[position]];
        activeUsers[i] = shared.activeUsers()[position];
      }
      return new Own(customerIds, workloads, activeUsers, Arrays.copyOf(reasons, size));
    }
  }

  /** Runs of consecutive positions over the partner's shared columns. */
  private static final class Runs extends DeploymentExclusions {
    private final Columns columns;
    private final int[] starts;
    /** The number of entries up to and including each run. */
    private final int[] ends;
    private final byte[] reasons;

    Runs(Columns columns, int[] starts, int[] ends, byte[] reasons) {
      this.columns = columns;
      this.starts = starts;
      this.ends = ends;
      this.reasons = reasons;
    }

    @Override
    public ExcludedDeployment get(int index) {
      if (index < 0 || index >= size()) {
        throw new IndexOutOfBoundsException(index);
      }
      int found = Arrays.binarySearch(ends, index + 1);
      int run = found >= 0 ? found : -found - 1;
      int first = run == 0 ? 0 : ends[run - 1];
      return columns.excluded(starts[run] + index - first, REASONS[reasons[run]]);
    }

    @Override
    public int size() {
      return ends.length == 0 ? 0 : ends[ends.length - 1];
    }
  }

  /** Columns of the list's own. */
  private static final class Own extends DeploymentExclusions {
    private final String[] customerIds;
    private final String[] workloads;
    private final int[] activeUsers;
    private final byte[] reasons;

    Own(String[] customerIds, String[] workloads, int[] activeUsers, byte[] reasons) {
      this.customerIds = customerIds;
      this.workloads = workloads;
      this.activeUsers = activeUsers;
      this.reasons = reasons;
    }

    @Override
    public ExcludedDeployment get(int index) {
      return new ExcludedDeployment(customerIds[index], workloads[index], activeUsers[index], REASONS[reasons[index]]);
    }

    @Override
    public int size() {
      return reasons.length;
    }
  }
}
