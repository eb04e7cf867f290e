package io.competency.store;

import io.competency.input.FieldPath;
import io.competency.input.Problem;
import java.net.URL;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What every store can keep of a mutation's input: strings without the NUL character (PostgreSQL
 * text and jsonb cannot hold it) and of bounded length. A use case checks its input here before it
 * touches a store, so the in-memory and PostgreSQL stores accept exactly the same inputs, and input
 * that cannot be kept is the client's {@code userErrors}, with its field path, never an outage.
 */
public final class StorableInput {
  /** The most characters of a localized text (a {@code text} field): a few paragraphs. */
  public static final int MAX_TEXT = 10_000;
  /** The most characters of any other string: ids, codes, slugs, references, URLs, {@code clientMutationId}. */
  public static final int MAX_STRING = 500;

  /** A string holds the NUL character (U+0000). */
  public static final String INVALID_CHARACTER = "INVALID_CHARACTER";
  /** A string is longer than its limit. */
  public static final String TOO_LONG = "TOO_LONG";

  private StorableInput() {
  }

  /** Every string of {@code input} (found at {@code at}) that no store could keep, with its path; empty when all can be kept. */
  public static List<Problem> problems(Map<String, ?> input, FieldPath at) {
    List<Problem> problems = new ArrayList<>();
    new Walk(at, problems).check(input, MAX_STRING);
    return problems;
  }

  /**
   * One pass over an input tree. The path to the value being checked is kept as a stack of segments and
   * made a {@link FieldPath} only for a value that has a problem: inputs run to hundreds of thousands of
   * values, nearly all of them fine.
   */
  private static final class Walk {
    private final FieldPath root;
    private final List<Problem> problems;
    private final ArrayDeque<Object> segments = new ArrayDeque<>();

    Walk(FieldPath root, List<Problem> problems) {
      this.root = root;
      this.problems = problems;
    }

    void check(Object value, int limit) {
      if (value instanceof Map<?, ?> map) {
        map.forEach((key, v) -> {
          segments.addLast(String.valueOf(key));
          check(v, "text".equals(key) ? MAX_TEXT : MAX_STRING);
          segments.removeLast();
        });
      } else if (value instanceof List<?> list) {
        for (int i = 0; i < list.size(); i++) {
          segments.addLast(i);
          check(list.get(i), limit);
          segments.removeLast();
        }
      } else if (value instanceof String || value instanceof URL) {
        String text = value.toString();
        if (text.indexOf('\0') >= 0) {
          problems.add(new Problem(path(), INVALID_CHARACTER, "must not contain the NUL character (U+0000)"));
        } else if (text.length() > limit) {
          problems.add(new Problem(path(), TOO_LONG, "must be at most " + limit + " characters long (got " + text.length() + ")"));
        }
      }
    }

    private FieldPath path() {
      FieldPath path = root;
      for (Object segment : segments) {
        path = segment instanceof Integer i ? path.index(i) : path.field((String) segment);
      }
      return path;
    }
  }
}
