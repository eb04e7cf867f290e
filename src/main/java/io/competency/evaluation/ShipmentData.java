package io.competency.evaluation;

import java.time.LocalDate;
import java.util.Objects;

/** Devices of one workload (product) the partner shipped on one date. */
public record ShipmentData(String workload, LocalDate date, int units) {
  public ShipmentData {
    Objects.requireNonNull(workload, "workload");
    Objects.requireNonNull(date, "date");
    if (units < 1) {
      throw new IllegalArgumentException("a shipment has at least 1 unit");
    }
  }
}
