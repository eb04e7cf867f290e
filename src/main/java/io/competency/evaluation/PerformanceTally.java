package io.competency.evaluation;

import io.competency.catalog.MarketThreshold;
import io.competency.catalog.Metric;
import io.competency.catalog.MetricThreshold;
import io.competency.catalog.MetricUnit;
import io.competency.catalog.PerformanceRequirement;
import io.competency.evaluation.PartnerIndex.FactTable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * The counts of one performance requirement over a {@link PartnerIndex}. Each metric counts the facts
 * of its own kind ({@link Metric#facts()}) that pass its checks, in this order: eligible workload (the
 * metric's own list, else the requirement's), not a trial (deployments, when trials are excluded), a
 * qualifying association at the customer (when the requirement names any), and a date inside the
 * metric's window (a deployment is dated by its {@code since}, else its customer's). A customer is new
 * when one of its deployments passes all of them for a {@code NEW_CUSTOMERS} metric.
 *
 * <p>A metric visits only the facts of its eligible workloads, which the index holds grouped; every
 * other fact is, for that metric, {@link ExclusionReason#INELIGIBLE_WORKLOAD} without being read. A
 * deployment or revenue line that some metric reading it did not count is listed once, with the first
 * reason in {@link ExclusionReason}'s order among those metrics; per customer, deployments left out for
 * what they are come before those left out for their dates. A revenue line of a type no metric of the
 * requirement sums is not listed. The lists are made from one reason byte per fact and metric, and kept
 * compact ({@link DeploymentExclusions}, {@link RevenueExclusions}). Money is summed exactly, as
 * {@link BigDecimal}.
 */
final class PerformanceTally {
  /** A fact the metric counted. Other reasons are stored as their ordinal + 1. */
  private static final byte COUNTED = 0;
  /** A revenue line of a type the metric does not sum: neither counted nor excluded by it. */
  private static final byte NOT_READ = -1;
  private static final byte INELIGIBLE = code(ExclusionReason.INELIGIBLE_WORKLOAD);
  private static final ExclusionReason[] REASONS = ExclusionReason.values();

  private final PerformanceRequirement requirement;
  private final PartnerIndex index;
  private final boolean[] qualifying;
  private final List<Count> deploymentCounts = new ArrayList<>();
  private final List<Count> revenueCounts = new ArrayList<>();
  private final List<Count> shipmentCounts = new ArrayList<>();
  private final List<Count> all = new ArrayList<>();

  /** One metric's running count. */
  private static final class Count {
    final MetricThreshold threshold;
    final Metric metric;
    final List<String> workloads;
    final Window window;
    long count;
    BigDecimal amount = BigDecimal.ZERO;
    /** For {@code NEW_CUSTOMERS}: per customer index, whether it is new. */
    boolean[] newCustomer;

    Count(MetricThreshold threshold, List<String> requirementWorkloads, LocalDate asOf) {
      this.threshold = threshold;
      this.metric = threshold.metric();
      this.workloads = List.copyOf(new LinkedHashSet<>(threshold.workloadsOr(requirementWorkloads)));
      this.window = metric == Metric.NEW_CUSTOMERS && threshold.windowMonths() == null
          ? Window.until(asOf) : Window.of(threshold.windowMonths(), asOf);
    }

    /** Whether a deployment that this metric gave {@code reason} counts toward it, at a customer it finds new or not. */
    boolean counts(byte reason, int customer) {
      return reason == COUNTED || (newCustomer != null && newCustomer[customer] && isDateReason(reason));
    }
  }

  private PerformanceTally(PerformanceRequirement requirement, LocalDate asOf, PartnerIndex index) {
    this.requirement = requirement;
    this.index = index;
    this.qualifying = index.qualifying(requirement.qualifyingAssociations());
    for (MetricThreshold threshold : requirement.metrics()) {
      Count count = new Count(threshold, requirement.eligibleWorkloads(), asOf);
      all.add(count);
      switch (threshold.metric().facts()) {
        case DEPLOYMENTS -> deploymentCounts.add(count);
        case REVENUE -> revenueCounts.add(count);
        case SHIPMENTS -> shipmentCounts.add(count);
      }
    }
  }

  /** The verdict on {@code requirement} for the partner {@code index} lays out. */
  static PerformanceResult judge(PerformanceRequirement requirement, String market, LocalDate asOf, PartnerIndex index) {
    PerformanceTally tally = new PerformanceTally(requirement, asOf, index);
    List<ExcludedDeployment> excludedDeployments = tally.deploymentCounts.isEmpty() ? List.of() : tally.countDeployments();
    List<ExcludedRevenue> excludedRevenue = tally.revenueCounts.isEmpty() ? List.of() : tally.countRevenue();
    tally.shipmentCounts.forEach(tally::countShipments);
    List<MetricResult> metrics = tally.all.stream().map(count -> result(count, market)).toList();
    List<String> missing = requirement.requiredAuthorizations().stream().filter(a -> !index.authorizations().contains(a)).toList();
    boolean met = missing.isEmpty() && metrics.stream().allMatch(MetricResult::met);
    return new PerformanceResult(requirement, met, metrics, excludedDeployments, excludedRevenue, missing);
  }

  private static MetricResult result(Count count, String market) {
    MarketThreshold threshold = count.threshold.thresholdFor(market);
    int required = threshold == null ? 0 : threshold.value();
    return count.metric.unit() == MetricUnit.USD
        ? MetricResult.of(count.metric, required, count.amount)
        : MetricResult.of(count.metric, required, (int) Math.min(count.count, Integer.MAX_VALUE));
  }

  /** Counts every deployment metric, then lists what some of them left out. */
  private List<ExcludedDeployment> countDeployments() {
    FactTable<DeploymentData> table = index.deployments();
    int metrics = deploymentCounts.size();
    byte[] reasons = new byte[table.size() * metrics];
    Arrays.fill(reasons, INELIGIBLE);
    for (int m = 0; m < metrics; m++) {
      Count count = deploymentCounts.get(m);
      if (count.metric == Metric.NEW_CUSTOMERS) {
        count.newCustomer = new boolean[index.customers()];
      }
      boolean[] eligible = index.workloadMask(count.workloads);
      for (int w = 0; w < eligible.length; w++) {
        if (eligible[w]) {
          for (int position : table.ofWorkload(w)) {
            reasons[position * metrics + m] = countDeployment(count, table, position);
          }
        }
      }
      if (count.newCustomer != null) {
        for (boolean isNew : count.newCustomer) {
          count.count += isNew ? 1 : 0;
        }
      }
    }
    byte[] first = firstReasons(table, reasons);
    int excludedCount = 0;
    for (byte reason : first) {
      excludedCount += reason == COUNTED ? 0 : 1;
    }
    DeploymentExclusions.Builder excluded = new DeploymentExclusions.Builder(excludedCount, table.size(), index::deploymentColumns);
    for (int c = 0; c < index.customers(); c++) {
      listExcludedDeployments(table, c, first, false, excluded);
      listExcludedDeployments(table, c, first, true, excluded);
    }
    return excluded.build();
  }

  /**
   * Per deployment, the first reason in {@link ExclusionReason}'s order among the metrics that did not
   * count it, or {@link #COUNTED} when every metric counted it.
   */
  private byte[] firstReasons(FactTable<DeploymentData> table, byte[] reasons) {
    Count[] counts = deploymentCounts.toArray(Count[]::new);
    int metrics = counts.length;
    byte[] first = new byte[table.size()];
    for (int position = 0; position < first.length; position++) {
      int customer = table.customerOf(position);
      byte found = COUNTED;
      for (int m = 0; m < metrics; m++) {
        byte reason = reasons[position * metrics + m];
        if (!counts[m].counts(reason, customer) && (found == COUNTED || reason < found)) {
          found = reason;
        }
      }
      first[position] = found;
    }
    return first;
  }

  /** Counts one deployment of an eligible workload toward {@code count}: {@link #COUNTED}, or why not. */
  private byte countDeployment(Count count, FactTable<DeploymentData> table, int position) {
    DeploymentData deployment = table.fact(position);
    int customer = table.customerOf(position);
    ExclusionReason reason = deployment.trial() && requirement.excludesTrials() ? ExclusionReason.TRIAL
        : !qualifying[customer] ? ExclusionReason.NO_QUALIFYING_ASSOCIATION
        : count.window.exclusion(index.deploymentDate(position));
    if (reason != null) {
      return code(reason);
    }
    if (count.newCustomer != null) {
      count.newCustomer[customer] = true;
    } else {
      count.count += deployment.activeUsers();
    }
    return COUNTED;
  }

  /** Lists customer {@code c}'s deployments left out for what they are, or ({@code dates}) for their dates. */
  private static void listExcludedDeployments(FactTable<DeploymentData> table, int c, byte[] first, boolean dates,
      DeploymentExclusions.Builder excluded) {
    for (int position = table.first(c); position < table.first(c + 1); position++) {
      if (first[position] != COUNTED && isDateReason(first[position]) == dates) {
        excluded.add(position, REASONS[first[position] - 1]);
      }
    }
  }

  /** Sums every revenue metric, then lists the lines of a type some of them sum that they left out. */
  private List<ExcludedRevenue> countRevenue() {
    FactTable<RevenueData> table = index.revenue();
    int metrics = revenueCounts.size();
    byte[] reasons = new byte[table.size() * metrics];
    for (int m = 0; m < metrics; m++) {
      Count count = revenueCounts.get(m);
      for (int position = 0; position < table.size(); position++) {
        reasons[position * metrics + m] = table.fact(position).type().countsToward(count.metric) ? INELIGIBLE : NOT_READ;
      }
      boolean[] eligible = index.workloadMask(count.workloads);
      for (int w = 0; w < eligible.length; w++) {
        if (eligible[w]) {
          for (int position : table.ofWorkload(w)) {
            if (reasons[position * metrics + m] != NOT_READ) {
              reasons[position * metrics + m] = countRevenue(count, table, position);
            }
          }
        }
      }
    }
    RevenueExclusions.Builder excluded = new RevenueExclusions.Builder();
    for (int position = 0; position < table.size(); position++) {
      byte first = COUNTED;
      for (int m = 0; m < metrics; m++) {
        byte reason = reasons[position * metrics + m];
        if (reason != COUNTED && reason != NOT_READ && (first == COUNTED || reason < first)) {
          first = reason;
        }
      }
      if (first != COUNTED) {
        excluded.add(index.customerId(table.customerOf(position)), table.fact(position), REASONS[first - 1]);
      }
    }
    return excluded.build();
  }

  private byte countRevenue(Count count, FactTable<RevenueData> table, int position) {
    RevenueData line = table.fact(position);
    ExclusionReason reason = !qualifying[table.customerOf(position)] ? ExclusionReason.NO_QUALIFYING_ASSOCIATION
        : count.window.exclusion(line.date());
    if (reason != null) {
      return code(reason);
    }
    count.amount = count.amount.add(line.amountUsd());
    return COUNTED;
  }

  private void countShipments(Count count) {
    for (String workload : count.workloads) {
      for (ShipmentData shipment : index.shipmentsOf(workload)) {
        if (count.window.exclusion(shipment.date()) == null) {
          count.count += shipment.units();
        }
      }
    }
  }

  private static byte code(ExclusionReason reason) {
    return (byte) (reason.ordinal() + 1);
  }

  private static boolean isDateReason(byte reason) {
    return reason == code(ExclusionReason.MISSING_DATE) || reason == code(ExclusionReason.OUTSIDE_WINDOW);
  }
}
