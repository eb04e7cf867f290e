package io.competency.http;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * Reads request JSON into plain maps and lists, as graphql-java takes variables, in little memory: an
 * evaluation sends hundreds of thousands of small objects (deployments, revenue lines) whose values
 * repeat (workload codes, dates, types). Objects of up to {@value #SMALL} members are compact read-only
 * maps in member order; larger ones are {@link LinkedHashMap}s. Short strings are shared within one
 * request. Numbers are {@link Integer}, {@link Long} or {@link java.math.BigInteger} when whole, else
 * {@link java.math.BigDecimal} (never {@code double}: amounts of money arrive exactly as sent). A member
 * given twice keeps its first place and its last value, as Jackson's own maps do.
 */
final class CompactJson {
  private static final int SMALL = 8;
  /** Strings this long or shorter are shared: codes, dates, small numbers as text. */
  private static final int SHARED_LENGTH = 32;
  /** At most this many distinct strings are shared per request, so unique ids do not grow the table. */
  private static final int SHARED_STRINGS = 8_192;

  private final Map<String, String> shared = new HashMap<>();

  private CompactJson() {
  }

  /** The JSON object {@code json} holds; it must start with '{' (after white space). */
  static Map<?, ?> object(JsonFactory factory, byte[] json) throws IOException {
    try (JsonParser parser = factory.createParser(json)) {
      return (Map<?, ?>) new CompactJson().read(parser, parser.nextToken());
    }
  }

  /** Like {@link #object(JsonFactory, byte[])}, of text. */
  static Map<?, ?> object(JsonFactory factory, String json) throws IOException {
    try (JsonParser parser = factory.createParser(json)) {
      return (Map<?, ?>) new CompactJson().read(parser, parser.nextToken());
    }
  }

  private Object read(JsonParser parser, JsonToken token) throws IOException {
    if (token == null) {
      throw new IOException("unexpected end of input");
    }
    return switch (token) {
      case START_OBJECT -> object(parser);
      case START_ARRAY -> array(parser);
      case VALUE_STRING -> string(parser.getText());
      case VALUE_NUMBER_INT -> parser.getNumberValue();
      case VALUE_NUMBER_FLOAT -> parser.getDecimalValue();
      case VALUE_TRUE -> Boolean.TRUE;
      case VALUE_FALSE -> Boolean.FALSE;
      case VALUE_NULL -> null;
      default -> throw new IOException("unexpected " + token);
    };
  }

  private Map<String, Object> object(JsonParser parser) throws IOException {
    String[] names = new String[4];
    Object[] values = new Object[4];
    int size = 0;
    for (JsonToken token = parser.nextToken(); token != JsonToken.END_OBJECT; token = parser.nextToken()) {
      String name = parser.currentName();
      Object value = read(parser, parser.nextToken());
      int at = indexOf(names, size, name);
      if (at >= 0) {
        values[at] = value;
        continue;
      }
      if (size == names.length) {
        names = java.util.Arrays.copyOf(names, size * 2);
        values = java.util.Arrays.copyOf(values, size * 2);
      }
      names[size] = name;
      values[size++] = value;
    }
    if (size <= SMALL) {
      return new SmallMap(java.util.Arrays.copyOf(names, size), java.util.Arrays.copyOf(values, size));
    }
    Map<String, Object> large = new LinkedHashMap<>(size * 2);
    for (int i = 0; i < size; i++) {
      large.put(names[i], values[i]);
    }
    return large;
  }

  /** Where {@code name} is among the first {@code size} names; a linear scan that turns to a map once there are many. */
  private static int indexOf(String[] names, int size, String name) {
    if (size > SMALL * 4) {
      return -1;
    }
    for (int i = 0; i < size; i++) {
      if (names[i].equals(name)) {
        return i;
      }
    }
    return -1;
  }

  private List<Object> array(JsonParser parser) throws IOException {
    ArrayList<Object> list = new ArrayList<>();
    for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
      list.add(read(parser, token));
    }
    list.trimToSize();
    return list;
  }

  private String string(String text) {
    if (text.length() > SHARED_LENGTH) {
      return text;
    }
    String known = shared.get(text);
    if (known != null) {
      return known;
    }
    if (shared.size() < SHARED_STRINGS) {
      shared.put(text, text);
    }
    return text;
  }

  /** A read-only map of a few members, in their order, looked up by a scan. */
  private static final class SmallMap extends AbstractMap<String, Object> {
    private final String[] names;
    private final Object[] values;

    SmallMap(String[] names, Object[] values) {
      this.names = names;
      this.values = values;
    }

    @Override
    public int size() {
      return names.length;
    }

    @Override
    public boolean containsKey(Object key) {
      return indexOf(key) >= 0;
    }

    @Override
    public Object get(Object key) {
      int at = indexOf(key);
      return at < 0 ? null : values[at];
    }

    private int indexOf(Object key) {
      for (int i = 0; i < names.length; i++) {
        if (names[i].equals(key)) {
          return i;
        }
      }
      return -1;
    }

    @Override
    public Set<Entry<String, Object>> entrySet() {
      return new AbstractSet<>() {
        @Override
        public int size() {
          return names.length;
        }

        @Override
        public Iterator<Entry<String, Object>> iterator() {
          return new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
              return next < names.length;
            }

            @Override
            public Entry<String, Object> next() {
              if (next >= names.length) {
                throw new NoSuchElementException();
              }
              int at = next++;
              return new SimpleImmutableEntry<>(names[at], values[at]);
            }
          };
        }
      };
    }
  }
}
