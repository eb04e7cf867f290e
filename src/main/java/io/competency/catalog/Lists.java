package io.competency.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

final class Lists {
  private Lists() {
  }

  /** A copy of {@code list} with the first element matching {@code same} replaced by {@code item}, or {@code item} appended. */
  static <T> List<T> replaceOrAppend(List<T> list, T item, Predicate<T> same) {
    List<T> copy = new ArrayList<>(list);
    for (int i = 0; i < copy.size(); i++) {
      if (same.test(copy.get(i))) {
        copy.set(i, item);
        return List.copyOf(copy);
      }
    }
    copy.add(item);
    return List.copyOf(copy);
  }
}
