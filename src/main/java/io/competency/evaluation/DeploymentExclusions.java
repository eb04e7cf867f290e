package io.competency.evaluation;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.RandomAccess;

/**
 * An immutable list of excluded deployments held column by column (customer id, workload code, active
 * users, reason), each element made when read. A partner with tens of thousands of deployments that an
 * option does not count has them all listed, for every such option: as columns they cost a few bytes
 * each and no object until someone reads them.
 */
final class DeploymentExclusions extends AbstractList<ExcludedDeployment> implements RandomAccess {
  private static final ExclusionReason[] REASONS = ExclusionReason.values();

  private final String[] customerIds;
  private final String[] workloads;
  private final int[] activeUsers;
  private final byte[] reasons;

  private DeploymentExclusions(String[] customerIds, String[] workloads, int[] activeUsers, byte[] reasons) {
    this.customerIds = customerIds;
    this.workloads = workloads;
    this.activeUsers = activeUsers;
    this.reasons = reasons;
  }

  /** {@code list} as an immutable list: itself when it already is one of these, else a copy. */
  static List<ExcludedDeployment> copyOf(List<ExcludedDeployment> list) {
    return list instanceof DeploymentExclusions ? list : List.copyOf(list);
  }

  @Override
  public ExcludedDeployment get(int index) {
    return new ExcludedDeployment(customerIds[index], workloads[index], activeUsers[index], REASONS[reasons[index]]);
  }

  @Override
  public int size() {
    return reasons.length;
  }

  /** Collects the list in order. */
  static final class Builder {
    private String[] customerIds = new String[16];
    private String[] workloads = new String[16];
    private int[] activeUsers = new int[16];
    private byte[] reasons = new byte[16];
    private int size;

    void add(String customerId, String workload, int users, ExclusionReason reason) {
      if (size == reasons.length) {
        int grown = size * 2;
        customerIds = Arrays.copyOf(customerIds, grown);
        workloads = Arrays.copyOf(workloads, grown);
        activeUsers = Arrays.copyOf(activeUsers, grown);
        reasons = Arrays.copyOf(reasons, grown);
      }
      customerIds[size] = customerId;
      workloads[size] = workload;
      activeUsers[size] = users;
      reasons[size] = (byte) reason.ordinal();
      size++;
    }

    List<ExcludedDeployment> build() {
      return size == 0 ? List.of() : new DeploymentExclusions(Arrays.copyOf(customerIds, size), Arrays.copyOf(workloads, size),
          Arrays.copyOf(activeUsers, size), Arrays.copyOf(reasons, size));
    }
  }
}
