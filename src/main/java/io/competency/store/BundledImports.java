package io.competency.store;

import io.vertx.core.Future;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * The record of what the bundled catalog has brought into the database (table {@code bundled_import},
 * keys as {@link io.competency.catalog.BundledCatalogUpgrade#keys} makes them), read and written inside
 * the transaction that imports or upgrades the catalog.
 */
final class BundledImports {
  private BundledImports() {
  }

  static Future<Set<String>> read(SqlConnection conn) {
    return conn.query("SELECT key FROM bundled_import").execute().map(rows -> {
      Set<String> keys = new HashSet<>();
      rows.forEach(row -> keys.add(row.getString("key")));
      return keys;
    });
  }

  /** Records {@code keys} as imported by {@code revision}; keys recorded before keep their revision. */
  static Future<Void> record(SqlConnection conn, Collection<String> keys, int revision) {
    if (keys.isEmpty()) {
      return Future.succeededFuture();
    }
    return conn.preparedQuery("INSERT INTO bundled_import (key, revision) SELECT unnest($1::text[]), $2 ON CONFLICT (key) DO NOTHING")
        .execute(Tuple.of(keys.toArray(String[]::new), revision))
        .mapEmpty();
  }
}
