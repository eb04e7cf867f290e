package io.competency.catalog;

import io.competency.input.Problem;
import java.util.List;

/**
 * The result of a {@link CatalogEdit}: either the changed catalog and the object the mutation returns
 * (its {@code target} names it for the audit trail), or the problems that stop it.
 */
public record Outcome(Catalog catalog, String target, Object result, List<Problem> problems) {
  public Outcome {
    problems = List.copyOf(problems);
  }

  public static Outcome changed(Catalog catalog, String target, Object result) {
    return new Outcome(catalog, target, result, List.of());
  }

  public static Outcome rejected(List<Problem> problems) {
    return new Outcome(null, null, null, problems);
  }

  public boolean accepted() {
    return problems.isEmpty();
  }
}
