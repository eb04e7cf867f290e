package io.competency.input;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.net.URL;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
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
    if (value instanceof Integer || value instanceof Long || value instanceof BigInteger) {
      Number n = (Number) value;
      if (n.longValue() > Integer.MAX_VALUE || n.longValue() < Integer.MIN_VALUE || (value instanceof BigInteger b && b.bitLength() > 31)) {
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

  /**
   * An exact decimal: a {@link BigDecimal}, a whole number, or a decimal string such as {@code "-12.50"}
   * (how stored trees keep amounts). Floating-point numbers are refused: they are not exact.
   */
  public BigDecimal decimal() {
    if (value == null) {
      return null;
    }
    if (value instanceof BigDecimal d) {
      return d;
    }
    if (value instanceof Integer || value instanceof Long || value instanceof BigInteger) {
      return new BigDecimal(value.toString());
    }
    if (value instanceof String s) {
      try {
        return new BigDecimal(s.trim());
      } catch (NumberFormatException e) {
        problem(ProblemCode.INVALID_VALUE, "'" + s + "' is not a decimal number such as 1250.50");
        return null;
      }
    }
    problem(ProblemCode.INVALID_TYPE, "must be an exact decimal number (a string such as \"1250.50\" or a whole number)");
    return null;
  }

  public BigDecimal requiredDecimal() {
    if (value == null) {
      problem(ProblemCode.REQUIRED, "is required");
      return null;
    }
    return decimal();
  }

  /** A calendar date: a {@link LocalDate} (as GraphQL's {@code Date} scalar gives it) or an ISO-8601 string; null when absent. */
  public LocalDate date() {
    if (value == null || value instanceof LocalDate) {
      return (LocalDate) value;
    }
    String text = string();
    if (text == null) {
      return null;
    }
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      problem(ProblemCode.INVALID_VALUE, "'" + text + "' is not a date such as 2017-07-07");
      return null;
    }
  }

  public LocalDate requiredDate() {
    if (value == null) {
      problem(ProblemCode.REQUIRED, "is required");
      return null;
    }
    return date();
  }

  /**
   * A code that must be one of {@code known}: null, with a problem, when it is absent ({@code REQUIRED}),
   * not a string, or unknown ({@code unknownCode}, with the known codes listed). {@code what} names the
   * kind of code in the message ("workload").
   */
  public String knownCode(Set<String> known, String unknownCode, String what) {
    String code = string();
    if (code == null && value == null) {
      problem(ProblemCode.REQUIRED, "is required");
      return null;
    }
    if (code == null || known.contains(code)) {
      return code;
    }
    problem(unknownCode, "unknown " + what + " '" + code + "'; known: " + known.stream().sorted().toList());
    return null;
  }

  /**
   * A list of distinct codes from {@code known} (absent reads as empty), or null when any element is
   * unknown, malformed or repeated ({@code DUPLICATE_CODE}); every problem is recorded.
   */
  public List<String> distinctKnownCodes(Set<String> known, String unknownCode, String what) {
    List<String> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    boolean complete = true;
    for (Input element : list()) {
      String code = element.knownCode(known, unknownCode, what);
      if (code == null) {
        complete = false;
      } else if (!seen.add(code)) {
        element.problem(ProblemCode.DUPLICATE_CODE, what + " " + code + " is listed twice");
        complete = false;
      } else {
        out.add(code);
      }
    }
    return complete ? out : null;
  }

  /** Whether {@code key} is new to {@code seen} (and adds it); records {@code duplicateCode} here when it is not. */
  public boolean firstOf(Set<String> seen, String key, String duplicateCode) {
    if (seen.add(key)) {
      return true;
    }
    problem(duplicateCode, "'" + key + "' is given twice");
    return false;
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
