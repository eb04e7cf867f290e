package io.competency.store;

import io.competency.catalog.Catalog;
import io.competency.catalog.CatalogWriter;
import io.competency.catalog.Competency;
import io.competency.catalog.Credential;
import io.competency.catalog.Option;
import io.competency.catalog.Term;
import io.competency.catalog.Tier;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
import io.vertx.core.Future;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The catalog as table rows, and the SQL that turns one catalog's rows into another's. Every edit is
 * written as this difference (upserts of new or changed rows, deletes of rows gone), so a change
 * touches only what it changed, and one mechanism serves every kind of edit.
 */
final class CatalogRows {
  /** A table's name and key columns, in the order parents come before children. */
  private record Table(String name, List<String> key) {
  }

  private static final Table MARKET = new Table("market", List.of("code"));
  private static final Table WORKLOAD = new Table("workload", List.of("code"));
  private static final Table ASSOCIATION_TYPE = new Table("association_type", List.of("code"));
  private static final Table CREDENTIAL = new Table("credential", List.of("code"));
  private static final Table AUTHORIZATION = new Table("partner_authorization", List.of("code"));
  private static final Table COMPETENCY = new Table("competency", List.of("slug"));
  private static final Table OPTION = new Table("competency_option", List.of("competency", "slug"));
  private static final Table TIER = new Table("tier", List.of("competency", "option", "slug"));
  private static final List<Table> PARENTS_FIRST = List.of(MARKET, WORKLOAD, ASSOCIATION_TYPE, CREDENTIAL, AUTHORIZATION, COMPETENCY,
      OPTION, TIER);

  /** One row: its table, key values and every column value (key columns included). */
  record Row(Table table, List<Object> key, Map<String, Object> columns) {
  }

  private final Map<Table, Map<List<Object>, Row>> rows = new LinkedHashMap<>();

  private CatalogRows() {
    PARENTS_FIRST.forEach(t -> rows.put(t, new LinkedHashMap<>()));
  }

  static CatalogRows of(Catalog catalog) {
    CatalogWriter writer = new CatalogWriter();
    CatalogRows out = new CatalogRows();
    out.terms(MARKET, catalog.markets(), writer);
    out.terms(WORKLOAD, catalog.workloads(), writer);
    out.terms(ASSOCIATION_TYPE, catalog.associationTypes(), writer);
    List<Credential> credentials = catalog.credentials();
    for (int i = 0; i < credentials.size(); i++) {
      Credential credential = credentials.get(i);
      Map<String, Object> c = writer.credential(credential);
      out.add(CREDENTIAL, columns("code", c.get("code"), "position", i, "kind", c.get("kind"), "title", c.get("title"), "url", c.get("url"),
          "issuer", credential.issuer(), "retires_on", credential.retiresOn(), "replaced_by", credential.replacedBy()));
    }
    out.terms(AUTHORIZATION, catalog.authorizations(), writer);
    List<Competency> competencies = catalog.competencies();
    for (int i = 0; i < competencies.size(); i++) {
      Competency competency = competencies.get(i);
      Map<String, Object> c = writer.competency(competency);
      out.add(COMPETENCY, columns("slug", competency.slug(), "position", i, "name", c.get("name"), "description", c.get("description")));
      for (int j = 0; j < competency.options().size(); j++) {
        Option option = competency.options().get(j);
        Map<String, Object> o = writer.option(option);
        out.add(OPTION, columns("competency", competency.slug(), "slug", option.slug(), "position", j, "name", o.get("name"),
            "description", o.get("description")));
        for (Tier tier : option.tiers()) {
          out.add(TIER, columns("competency", competency.slug(), "option", option.slug(), "slug", tier.slug(), "rank", tier.rank(),
              "name", writer.text(tier.name()), "requirements", writer.requirements(tier.requirements())));
        }
      }
    }
    return out;
  }

  private void terms(Table table, List<Term> terms, CatalogWriter writer) {
    for (int i = 0; i < terms.size(); i++) {
      add(table, columns("code", terms.get(i).code(), "position", i, "name", writer.text(terms.get(i).name())));
    }
  }

  private void add(Table table, Map<String, Object> columns) {
    List<Object> key = table.key().stream().map(columns::get).toList();
    rows.get(table).put(key, new Row(table, key, columns));
  }

  private static Map<String, Object> columns(Object... namesAndValues) {
    Map<String, Object> out = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      out.put((String) namesAndValues[i], namesAndValues[i + 1]);
    }
    return out;
  }

  /** Writes what differs between {@code before} and this catalog: deletes children first, then upserts parents first. */
  Future<Void> writeOver(CatalogRows before, SqlConnection conn) {
    List<Row> deletes = new ArrayList<>();
    List<Row> upserts = new ArrayList<>();
    for (Table table : PARENTS_FIRST) {
      Map<List<Object>, Row> old = before.rows.get(table);
      Map<List<Object>, Row> now = rows.get(table);
      old.forEach((key, row) -> {
        if (!now.containsKey(key)) {
          deletes.add(0, row);
        }
      });
      now.forEach((key, row) -> {
        if (!Objects.equals(old.get(key), row)) {
          upserts.add(row);
        }
      });
    }
    Future<Void> chain = Future.succeededFuture();
    for (Row row : deletes) {
      chain = chain.compose(v -> delete(row, conn));
    }
    for (Row row : upserts) {
      chain = chain.compose(v -> upsert(row, conn));
    }
    return chain;
  }

  private static Future<Void> delete(Row row, SqlConnection conn) {
    List<String> where = new ArrayList<>();
    for (int i = 0; i < row.table().key().size(); i++) {
      where.add(row.table().key().get(i) + " = $" + (i + 1));
    }
    String sql = "DELETE FROM " + row.table().name() + " WHERE " + String.join(" AND ", where);
    return conn.preparedQuery(sql).execute(Tuple.tuple(row.key())).mapEmpty();
  }

  private static Future<Void> upsert(Row row, SqlConnection conn) {
    List<String> names = new ArrayList<>(row.columns().keySet());
    List<String> placeholders = new ArrayList<>();
    List<String> updates = new ArrayList<>();
    List<Object> values = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      placeholders.add("$" + (i + 1));
      Object value = row.columns().get(names.get(i));
      values.add(value instanceof LocalDate ? value : PlainJson.json(value));
      if (!row.table().key().contains(names.get(i))) {
        updates.add(names.get(i) + " = EXCLUDED." + names.get(i));
      }
    }
    String sql = "INSERT INTO " + row.table().name() + " (" + String.join(", ", names) + ") VALUES (" + String.join(", ", placeholders)
        + ") ON CONFLICT (" + String.join(", ", row.table().key()) + ") DO UPDATE SET " + String.join(", ", updates);
    return conn.preparedQuery(sql).execute(Tuple.tuple(values)).mapEmpty();
  }
}
