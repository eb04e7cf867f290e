package io.competency.input;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** An immutable location in an input tree: field names and list indexes from the root. */
public final class FieldPath {
  private static final FieldPath ROOT = new FieldPath(null, null);

  private final FieldPath parent;
  private final Object segment;

  private FieldPath(FieldPath parent, Object segment) {
    this.parent = parent;
    this.segment = segment;
  }

  public static FieldPath root() {
    return ROOT;
  }

  public static FieldPath of(Object... segments) {
    FieldPath path = ROOT;
    for (Object s : segments) {
      path = new FieldPath(path, s);
    }
    return path;
  }

  public FieldPath field(String name) {
    return new FieldPath(this, name);
  }

  public FieldPath index(int index) {
    return new FieldPath(this, index);
  }

  /** The segments from the root, names as strings and indexes as integers. */
  public List<Object> segments() {
    List<Object> out = new ArrayList<>();
    for (FieldPath p = this; p.parent != null; p = p.parent) {
      out.add(p.segment);
    }
    Collections.reverse(out);
    return out;
  }

  /** The segments as strings, as GraphQL {@code UserError.field} carries them. */
  public List<String> strings() {
    return segments().stream().map(String::valueOf).toList();
  }

  /** Dotted form with list indexes in brackets: {@code tiers[1].requirements[0].skill.individuals}. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    for (Object s : segments()) {
      if (s instanceof Integer) {
        sb.append('[').append(s).append(']');
      } else {
        sb.append(sb.length() == 0 ? "" : ".").append(s);
      }
    }
    return sb.toString();
  }
}
