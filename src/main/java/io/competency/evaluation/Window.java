package io.competency.evaluation;

import java.time.LocalDate;

/**
 * The period a metric counts facts in: {@code [asOf − N months, asOf]}, both ends included; a date
 * after {@code asOf} is outside. Without a window every date counts, and so does a fact without one.
 */
final class Window {
  private final LocalDate from;
  private final LocalDate to;

  private Window(LocalDate from, LocalDate to) {
    this.from = from;
    this.to = to;
  }

  /** The window of {@code months} months ending on {@code asOf}; {@code months} null: no window. */
  static Window of(Integer months, LocalDate asOf) {
    return months == null ? new Window(null, null) : new Window(asOf.minusMonths(months), asOf);
  }

  /** Up to {@code asOf}, with no start: what a new-customer count without a window means. */
  static Window until(LocalDate asOf) {
    return new Window(LocalDate.MIN, asOf);
  }

  boolean bounded() {
    return to != null;
  }

  /** Null when a fact dated {@code date} counts; otherwise why not. */
  ExclusionReason exclusion(LocalDate date) {
    if (to == null) {
      return null;
    }
    if (date == null) {
      return ExclusionReason.MISSING_DATE;
    }
    return date.isBefore(from) || date.isAfter(to) ? ExclusionReason.OUTSIDE_WINDOW : null;
  }
}
