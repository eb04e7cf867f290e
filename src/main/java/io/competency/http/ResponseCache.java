package io.competency.http;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.competency.telemetry.Telemetry;
import io.vertx.core.buffer.Buffer;

/**
 * Whole responses to catalog-only queries. A catalog revision never changes, so an answer keyed by
 * (revision, locale, query, operation, variables) stays right until it is evicted; a new revision
 * simply stops hitting the old keys.
 */
final class ResponseCache {
  record Key(int revision, String locale, String query, String operationName, String variables) {
  }

  private final Cache<Key, Buffer> entries;

  ResponseCache(int capacity) {
    this.entries = Caffeine.newBuilder().maximumSize(capacity).recordStats().build();
  }

  /** Reports its hits and misses as cache {@code responses}. */
  void monitor(Telemetry telemetry) {
    telemetry.monitor(entries, "responses");
  }

  Buffer get(Key key) {
    return entries.getIfPresent(key);
  }

  void put(Key key, Buffer response) {
    entries.put(key, response);
  }
}
