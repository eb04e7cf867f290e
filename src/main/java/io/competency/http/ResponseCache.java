package io.competency.http;

import io.vertx.core.buffer.Buffer;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Whole responses to catalog-only queries. A catalog revision never changes, so an answer keyed by
 * (revision, locale, query, operation, variables) stays right until it is evicted; a new revision
 * simply stops hitting the old keys.
 */
final class ResponseCache {
  record Key(int revision, String locale, String query, String operationName, String variables) {
  }

  private final Map<Key, Buffer> entries;

  ResponseCache(int capacity) {
    this.entries = Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<Key, Buffer> eldest) {
        return size() > capacity;
      }
    });
  }

  Buffer get(Key key) {
    return entries.get(key);
  }

  void put(Key key, Buffer response) {
    entries.put(key, response);
  }
}
