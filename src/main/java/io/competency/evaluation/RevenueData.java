package io.competency.evaluation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One revenue line of a customer: the workload (product) it is for, its date, its exact amount in US
 * dollars (negative for a credit) and its type.
 */
public record RevenueData(String workload, LocalDate date, BigDecimal amountUsd, RevenueType type) {
  public RevenueData {
    Objects.requireNonNull(workload, "workload");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(amountUsd, "amountUsd");
    Objects.requireNonNull(type, "type");
  }
}
