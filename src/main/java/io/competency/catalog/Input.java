package io.competency.catalog;

import java.net.URI;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A value at a {@link FieldPath} in an input tree of maps, lists and scalars, as parsed YAML, JSON and
 * GraphQL input objects all are. Reading a value of the wrong shape records a {@link Problem} and
 * yields null, so one pass reports everything wrong with an input.
 */
public final class Input {
  private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
  private static final Pattern CODE = Pattern.compile("[A-Za-z0-9]+([-_.][A-Za-z0-9]+)*");

  private final Object value;
  private final FieldPath path;
  private final Problems problems;

  public Input(Object value, FieldPath path, Problems problems) {
    this.value = value;
    this.path = path;
    this.problems = problems;
  }

  /** The raw value, for checks that must not record problems of their own. */
  public Object value() {
    return value;
  }

  public FieldPath path() {
    return path;
  }

  public Problems problems() {
    return problems;
  }

  public boolean present() {
    return value != null;
  }

  public void problem(String code, String message) {
    problems.add(path, code, message);
  }

  /** The named field of this map; missing fields read as absent values. */
  public Input field(String name) {
    Map<?, ?> map = map();
    return new Input(map == null ? null : map.get(name), path.field(name), problems);
  }

  /** Records an {@code UNKNOWN_FIELD} for each key of this map not in {@code known}: typos in files must not pass silently. */
  public void onlyFields(Set<String> known) {
    Map<?, ?> map = map();
    if (map == null) {
      return;
    }
    for (Object key : map.keySet()) {
      if (!known.contains(String.valueOf(key))) {
        problems.add(path.field(String.valueOf(key)), ProblemCode.UNKNOWN_FIELD,
            "unknown field '" + key + "'; expected one of " + known.stream().sorted().toList());
      }
    }
  }

  public boolean isMap() {
    return value instanceof Map<?, ?>;
  }

  public Map<?, ?> map() {
    if (value == null) {
      return null;
    }
    if (value instanceof Map<?, ?> m) {
      return m;
    }
    problem(ProblemCode.INVALID_TYPE, "must be an object");
    return null;
  }

  /** The elements of this list; an absent value reads as an empty list. */
  public List<Input> list() {
    if (value == null) {
      return List.of();
    }
    if (!(value instanceof Collection<?> c)) {
      problem(ProblemCode.INVALID_TYPE, "must be a list");
      return List.of();
    }
    List<Input> out = new ArrayList<>();
    int i = 0;
    for (Object element : c) {
      out.add(new Input(element, path.index(i++), problems));
    }
    return out;
  }

  /** Like {@link #list()}, and records {@code REQUIRED} or {@code EMPTY} when there is nothing. */
  public List<Input> nonEmptyList() {
    if (!present()) {
      problem(ProblemCode.REQUIRED, "is required");
      return List.of();
    }
    List<Input> out = list();
    if (out.isEmpty() && value instanceof Collection<?>) {
      problem(ProblemCode.EMPTY, "must not be empty");
    }
    return out;
  }

  public String string() {
    if (value == null) {
      return null;
    }
    if (value instanceof String s) {
      return s;
    }
    if (value instanceof Number || value instanceof Boolean) {
      problem(ProblemCode.INVALID_TYPE, "must be a string (got " + value + "; quote it)");
      return null;
    }
    problem(ProblemCode.INVALID_TYPE, "must be a string");
    return null;
  }

  public String requiredString() {
    String s = string();
    if (s == null && value == null) {
      problem(ProblemCode.REQUIRED, "is required");
    } else if (s != null && s.isBlank()) {
      problem(ProblemCode.EMPTY, "must not be blank");
      return null;
    }
    return s;
  }

  /** A lowercase slug such as {@code cloud-productivity}. */
  public String slug() {
    String s = requiredString();
    if (s != null && !SLUG.matcher(s).matches()) {
      problem(ProblemCode.INVALID_SLUG, "'" + s + "' is not a slug (lowercase letters, digits and single hyphens)");
      return null;
    }
    return s;
  }

  /** A code such as {@code EXCHANGE_ONLINE} or {@code 70-346}. */
  public String code() {
    String s = requiredString();
    if (s != null && !CODE.matcher(s).matches()) {
      problem(ProblemCode.INVALID_CODE, "'" + s + "' is not a code (letters and digits, joined by single '-', '_' or '.')");
      return null;
    }
    return s;
  }

  public Integer integer() {
    if (value == null) {
      return null;
    }
    if (value instanceof Integer || value instanceof Long || value instanceof java.math.BigInteger) {
      Number n = (Number) value;
      if (n.longValue() > Integer.MAX_VALUE || n.longValue() < Integer.MIN_VALUE || (value instanceof java.math.BigInteger b && b.bitLength() > 31)) {
        problem(ProblemCode.INVALID_VALUE, "is too large");
        return null;
      }
      return n.intValue();
    }
    problem(ProblemCode.INVALID_TYPE, "must be a whole number");
    return null;
  }

  public Integer requiredInteger() {
    if (value == null) {
      problem(ProblemCode.REQUIRED, "is required");
      return null;
    }
    return integer();
  }

  public Boolean bool(boolean defaultValue) {
    if (value == null) {
      return defaultValue;
    }
    if (value instanceof Boolean b) {
      return b;
    }
    problem(ProblemCode.INVALID_TYPE, "must be true or false");
    return defaultValue;
  }

  public <E extends Enum<E>> E enumValue(Class<E> type) {
    String s = requiredString();
    if (s == null) {
      return null;
    }
    try {
      return Enum.valueOf(type, s);
    } catch (IllegalArgumentException e) {
      problem(ProblemCode.INVALID_VALUE, "'" + s + "' is not one of " + List.of(type.getEnumConstants()));
      return null;
    }
  }

  /** An absolute http(s) URL, or null when absent. */
  public String url() {
    String s = value instanceof URL u ? u.toString() : string();
    if (s == null) {
      return null;
    }
    try {
      URI uri = new URI(s);
      if (uri.isAbsolute() && ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null) {
        return s;
      }
    } catch (java.net.URISyntaxException e) {
      // reported below
    }
    problem(ProblemCode.INVALID_URL, "'" + s + "' is not an absolute http(s) URL");
    return null;
  }

  /** A BCP 47 language tag, normalized ({@code ru-ru} becomes {@code ru-RU}). */
  public String locale() {
    if (value instanceof Locale l) {
      return checkedTag(l);
    }
    String s = requiredString();
    if (s == null) {
      return null;
    }
    return checkedTag(Locale.forLanguageTag(s));
  }

  private String checkedTag(Locale locale) {
    String tag = locale.toLanguageTag();
    if (locale.getLanguage().isEmpty() || "und".equals(tag)) {
      problem(ProblemCode.INVALID_LOCALE, "'" + value + "' is not a language tag such as en-US");
      return null;
    }
    return tag;
  }
}
