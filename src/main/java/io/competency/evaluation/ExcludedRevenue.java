package io.competency.evaluation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/** A revenue line left out of a performance requirement's sum, with the first reason that applies. */
public record ExcludedRevenue(String customerId, String workload, LocalDate date, BigDecimal amountUsd, RevenueType type,
    ExclusionReason reason) {

  public ExcludedRevenue {
    Objects.requireNonNull(customerId, "customerId");
    Objects.requireNonNull(workload, "workload");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(amountUsd, "amountUsd");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(reason, "reason");
  }
}
