package io.competency.store;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Converts between Vert.x JSON values and the plain maps and lists that input trees and GraphQL use. */
public final class PlainJson {
  private PlainJson() {
  }

  /** Nested {@link JsonObject}s and {@link JsonArray}s as {@link Map}s and {@link List}s. */
  public static Object plain(Object value) {
    if (value instanceof JsonObject o) {
      Map<String, Object> map = new LinkedHashMap<>();
      o.forEach(e -> map.put(e.getKey(), plain(e.getValue())));
      return map;
    }
    if (value instanceof JsonArray a) {
      List<Object> list = new ArrayList<>(a.size());
      a.forEach(v -> list.add(plain(v)));
      return list;
    }
    if (value instanceof Map<?, ?> m) {
      Map<String, Object> map = new LinkedHashMap<>();
      m.forEach((k, v) -> map.put(String.valueOf(k), plain(v)));
      return map;
    }
    if (value instanceof List<?> l) {
      List<Object> list = new ArrayList<>(l.size());
      l.forEach(v -> list.add(plain(v)));
      return list;
    }
    return value;
  }

  /** A plain tree as a Vert.x JSON value, for jsonb parameters. */
  public static Object json(Object value) {
    if (value instanceof Map<?, ?> m) {
      JsonObject o = new JsonObject();
      m.forEach((k, v) -> o.put(String.valueOf(k), json(v)));
      return o;
    }
    if (value instanceof List<?> l) {
      JsonArray a = new JsonArray();
      l.forEach(v -> a.add(json(v)));
      return a;
    }
    if (value instanceof java.util.Locale l) {
      return l.toLanguageTag();
    }
    if (value instanceof java.time.temporal.TemporalAccessor || value instanceof java.net.URL) {
      return value.toString();
    }
    return value;
  }
}
