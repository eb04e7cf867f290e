package io.competency.input;

import java.util.ArrayList;
import java.util.List;

/** Collects every {@link Problem} of one input so that a caller sees all of them at once. */
public final class Problems {
  private final List<Problem> list = new ArrayList<>();

  public void add(FieldPath path, String code, String message) {
    list.add(new Problem(path, code, message));
  }

  public boolean isEmpty() {
    return list.isEmpty();
  }

  public List<Problem> all() {
    return List.copyOf(list);
  }
}
