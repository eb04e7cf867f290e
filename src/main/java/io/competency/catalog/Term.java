package io.competency.catalog;

import java.util.Objects;

/** A coded entry of reference data: a market, a workload or a partner–customer association type. */
public record Term(String code, Translations name) {
  public Term {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(name, "name");
  }
}
