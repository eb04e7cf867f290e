package io.competency.evaluation;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.RandomAccess;

/**
 * An immutable list of excluded revenue lines held as the lines themselves, with their customer ids and
 * reasons beside them, each element made when read (see {@link DeploymentExclusions} for why).
 */
final class RevenueExclusions extends AbstractList<ExcludedRevenue> implements RandomAccess {
  private static final ExclusionReason[] REASONS = ExclusionReason.values();

  private final String[] customerIds;
  private final RevenueData[] lines;
  private final byte[] reasons;

  private RevenueExclusions(String[] customerIds, RevenueData[] lines, byte[] reasons) {
    this.customerIds = customerIds;
    this.lines = lines;
    this.reasons = reasons;
  }

  /** {@code list} as an immutable list: itself when it already is one of these, else a copy. */
  static List<ExcludedRevenue> copyOf(List<ExcludedRevenue> list) {
    return list instanceof RevenueExclusions ? list : List.copyOf(list);
  }

  @Override
  public ExcludedRevenue get(int index) {
    RevenueData line = lines[index];
    return new ExcludedRevenue(customerIds[index], line.workload(), line.date(), line.amountUsd(), line.type(), REASONS[reasons[index]]);
  }

  @Override
  public int size() {
    return reasons.length;
  }

  /** Collects the list in order. */
  static final class Builder {
    private String[] customerIds = new String[16];
    private RevenueData[] lines = new RevenueData[16];
    private byte[] reasons = new byte[16];
    private int size;

    void add(String customerId, RevenueData line, ExclusionReason reason) {
      if (size == reasons.length) {
        int grown = size * 2;
        customerIds = Arrays.copyOf(customerIds, grown);
        lines = Arrays.copyOf(lines, grown);
        reasons = Arrays.copyOf(reasons, grown);
      }
      customerIds[size] = customerId;
      lines[size] = line;
      reasons[size] = (byte) reason.ordinal();
      size++;
    }

    List<ExcludedRevenue> build() {
      return size == 0 ? List.of() : new RevenueExclusions(Arrays.copyOf(customerIds, size), Arrays.copyOf(lines, size),
          Arrays.copyOf(reasons, size));
    }
  }
}
