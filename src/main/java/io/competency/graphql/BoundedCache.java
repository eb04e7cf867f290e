package io.competency.graphql;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** A thread-safe map of at most {@code capacity} entries, the least recently used evicted first. */
public final class BoundedCache<K, V> {
  private final Map<K, V> entries;

  public BoundedCache(int capacity) {
    this.entries = Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
        return size() > capacity;
      }
    });
  }

  /** The value for {@code key}, or null. */
  public V get(K key) {
    return entries.get(key);
  }

  public void put(K key, V value) {
    entries.put(key, value);
  }
}
