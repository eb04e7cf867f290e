package io.competency.catalog;

import java.util.List;

/** A catalog source that cannot be loaded; each entry names the file and the field at fault. */
public final class CatalogException extends RuntimeException {
  private final List<String> problems;

  public CatalogException(List<String> problems) {
    super("the catalog has " + problems.size() + " problem(s):\n  " + String.join("\n  ", problems));
    this.problems = List.copyOf(problems);
  }

  public List<String> problems() {
    return problems;
  }
}
