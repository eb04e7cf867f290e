package io.competency.evaluation;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.RandomAccess;
import java.util.Set;
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

  /** How many deployments of {@code list} were left out for one of {@code reasons}, without making them. */
  static int count(List<ExcludedDeployment> list, Set<ExclusionReason> reasons) {
    if (list instanceof DeploymentExclusions compact) {
      return compact.count(reasons);
    }
    return (int) list.stream().filter(d -> reasons.contains(d.reason())).count();
  }

  abstract int count(Set<ExclusionReason> reasons);

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

  /**
   * Collects a list of a known size in order, by deployment position, straight into its form: runs when
   * it holds at least a quarter of the partner's deployments (and 64), else columns of its own.
   */
  static final class Builder {
    private final int size;
    private final Columns shared;
    private final boolean runs;
    private int added;
    // Runs: grown as runs are found (few, for a long list).
    private int[] starts = new int[16];
    private int[] ends = new int[16];
    private byte[] runReasons = new byte[16];
    private int runCount;
    private int next = -1;
    // Columns of its own: exactly the size.
    private String[] customerIds;
    private String[] workloads;
    private int[] activeUsers;
    private byte[] reasons;

    /** A list of {@code size} of the {@code deployments} of a partner, whose shared columns are {@code columns}. */
    Builder(int size, int deployments, Supplier<Columns> columns) {
      this.size = size;
      this.shared = size == 0 ? null : columns.get();
      this.runs = size >= Math.max(64, deployments / 4);
      if (!runs) {
        customerIds = new String[size];
        workloads = new String[size];
        activeUsers = new int[size];
        reasons = new byte[size];
      }
    }

    void add(int position, ExclusionReason reason) {
      byte code = (byte) reason.ordinal();
      if (runs) {
        addToRuns(position, code);
      } else {
        customerIds[added] = shared.customerIds()[shared.customerOf()[position]];
        workloads[added] = shared.workloadCodes()[shared.workloadOf()[position]];
        activeUsers[added] = shared.activeUsers()[position];
        reasons[added] = code;
      }
      added++;
    }

    private void addToRuns(int position, byte reason) {
      if (runCount > 0 && position == next && reason == runReasons[runCount - 1]) {
        ends[runCount - 1]++;
        next++;
        return;
      }
      if (runCount == starts.length) {
        starts = Arrays.copyOf(starts, runCount * 2);
        ends = Arrays.copyOf(ends, runCount * 2);
        runReasons = Arrays.copyOf(runReasons, runCount * 2);
      }
      starts[runCount] = position;
      ends[runCount] = added + 1;
      runReasons[runCount] = reason;
      runCount++;
      next = position + 1;
    }

    List<ExcludedDeployment> build() {
      if (added != size) {
        throw new IllegalStateException(added + " excluded deployments were added to a list of " + size);
      }
      if (size == 0) {
        return List.of();
      }
      return runs ? new Runs(shared, Arrays.copyOf(starts, runCount), Arrays.copyOf(ends, runCount), Arrays.copyOf(runReasons, runCount))
          : new Own(customerIds, workloads, activeUsers, reasons);
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

    @Override
    int count(Set<ExclusionReason> wanted) {
      int count = 0;
      for (int run = 0; run < ends.length; run++) {
        count += wanted.contains(REASONS[reasons[run]]) ? ends[run] - (run == 0 ? 0 : ends[run - 1]) : 0;
      }
      return count;
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

    @Override
    int count(Set<ExclusionReason> wanted) {
      int count = 0;
      for (byte reason : reasons) {
        count += wanted.contains(REASONS[reason]) ? 1 : 0;
      }
      return count;
    }
  }
}
