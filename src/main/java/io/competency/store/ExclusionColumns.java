package io.competency.store;

import io.competency.evaluation.ExcludedDeployment;
import io.competency.evaluation.ExcludedRevenue;
import io.competency.evaluation.ExclusionReason;
import io.competency.evaluation.RevenueType;
import io.competency.input.Input;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The stored shape of an evaluation's excluded deployments and revenue lines (format 3 of
 * {@link EvaluationCodec}): column by column rather than one object per entry. A partner with tens of
 * thousands of deployments has them all listed for every option that does not count them; as objects
 * they were most of a stored partner-wide evaluation, as columns they are a few bytes each.
 *
 * <pre>{@code
 * {"customers": ["contoso", "fabrikam"],   // the customer of each run of consecutive entries
 *  "runs": [2, 1],                          // how many entries each run has
 *  "workloads": ["YAMMER", "PROPLUS"],      // the distinct codes, in order of first use
 *  "reasons": ["TRIAL", "INELIGIBLE_WORKLOAD"],
 *  "entries": "0 300 0 1 20 1 1 400 1"}     // per entry: workload index, active users, reason index
 * }</pre>
 *
 * {@code entries} is one string of space-separated integers, so that a long list stays one jsonb value.
 * Revenue lines have, per entry, workload index, type index (into {@code types}) and reason index, with
 * their {@code dates} and exact {@code amounts} (decimal strings) in columns of their own.
 */
final class ExclusionColumns {
  private ExclusionColumns() {
  }

  static Map<String, Object> deployments(List<ExcludedDeployment> excluded) {
    Columns columns = new Columns();
    for (ExcludedDeployment d : excluded) {
      columns.entry(d.customerId(), columns.workloads.index(d.workload()), d.activeUsers(), columns.reasons.index(d.reason().name()));
    }
    return columns.toMap();
  }

  static Map<String, Object> revenue(List<ExcludedRevenue> excluded) {
    Columns columns = new Columns();
    Dictionary types = new Dictionary();
    List<String> dates = new ArrayList<>(excluded.size());
    List<String> amounts = new ArrayList<>(excluded.size());
    for (ExcludedRevenue r : excluded) {
      columns.entry(r.customerId(), columns.workloads.index(r.workload()), types.index(r.type().name()),
          columns.reasons.index(r.reason().name()));
      dates.add(r.date().toString());
      amounts.add(r.amountUsd().toPlainString());
    }
    Map<String, Object> out = columns.toMap();
    out.put("types", types.codes);
    out.put("dates", dates);
    out.put("amounts", amounts);
    return out;
  }

  static List<ExcludedDeployment> readDeployments(Input in) {
    return read(in, 3, (customer, entry, at) -> new ExcludedDeployment(customer, code(in, "workloads", entry[0]), entry[1],
        ExclusionReason.valueOf(code(in, "reasons", entry[2]))));
  }

  static List<ExcludedRevenue> readRevenue(Input in) {
    List<Input> dates = in.field("dates").list();
    List<Input> amounts = in.field("amounts").list();
    return read(in, 3, (customer, entry, at) -> new ExcludedRevenue(customer, code(in, "workloads", entry[0]),
        dates.get(at).date(), amounts.get(at).requiredDecimal(), RevenueType.valueOf(code(in, "types", entry[1])),
        ExclusionReason.valueOf(code(in, "reasons", entry[2]))));
  }

  /** One entry made from its customer, its integers and its position. */
  @FunctionalInterface
  private interface Entry<T> {
    T make(String customer, int[] integers, int position);
  }

  /**
   * The entries of {@code in}, each of {@code width} integers. A malformed tree (a count that does not add
   * up, an index out of range, a value of the wrong kind) is recorded as a problem on {@code in}.
   */
  private static <T> List<T> read(Input in, int width, Entry<T> entry) {
    List<T> out = new ArrayList<>();
    if (!in.present()) {
      return out;
    }
    List<Input> customers = in.field("customers").list();
    List<Input> runs = in.field("runs").list();
    String text = in.field("entries").string();
    String[] integers = text == null || text.isEmpty() ? new String[0] : text.split(" ");
    try {
      int next = 0;
      for (int run = 0; run < runs.size(); run++) {
        String customer = customers.get(run).requiredString();
        int length = runs.get(run).requiredInteger();
        for (int e = 0; e < length; e++) {
          int[] values = new int[width];
          for (int v = 0; v < width; v++) {
            values[v] = Integer.parseInt(integers[next++]);
          }
          out.add(entry.make(customer, values, out.size()));
        }
      }
      if (next != integers.length) {
        in.problem("CORRUPT", "has " + integers.length + " integers for " + next / width + " entries");
      }
    } catch (RuntimeException e) {
      in.problem("CORRUPT", "cannot be decoded: " + e);
    }
    return out;
  }

  private static String code(Input in, String dictionary, int index) {
    return (String) ((List<?>) in.field(dictionary).value()).get(index);
  }

  /** Distinct codes, numbered in order of first use. */
  private static final class Dictionary {
    final List<String> codes = new ArrayList<>();
    private final Map<String, Integer> indexes = new HashMap<>();

    int index(String code) {
      return indexes.computeIfAbsent(code, c -> {
        codes.add(c);
        return codes.size() - 1;
      });
    }
  }

  /** The columns being written: customers as runs, dictionaries, and the entries' integers. */
  private static final class Columns {
    final Dictionary workloads = new Dictionary();
    final Dictionary reasons = new Dictionary();
    private final List<String> customers = new ArrayList<>();
    private final List<Integer> runs = new ArrayList<>();
    private final StringBuilder entries = new StringBuilder();

    void entry(String customer, int... integers) {
      int last = customers.size() - 1;
      if (last >= 0 && customers.get(last).equals(customer)) {
        runs.set(last, runs.get(last) + 1);
      } else {
        customers.add(customer);
        runs.add(1);
      }
      for (int value : integers) {
        if (!entries.isEmpty()) {
          entries.append(' ');
        }
        entries.append(value);
      }
    }

    Map<String, Object> toMap() {
      Map<String, Object> out = new LinkedHashMap<>();
      out.put("customers", customers);
      out.put("runs", runs);
      out.put("workloads", workloads.codes);
      out.put("reasons", reasons.codes);
      out.put("entries", entries.toString());
      return out;
    }
  }
}
