package io.competency.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.fail;

import io.competency.support.TestDatabase;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.pgclient.PgBuilder;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.PoolOptions;
import io.vertx.sqlclient.Tuple;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Real PostgreSQL failures, classified at the store boundary: an unreachable or timed-out database is
 * {@code UNAVAILABLE}; a value the database refuses is {@code UNSTORABLE_INPUT}; anything else (a bug
 * such as bad SQL or a broken constraint) is left as it is, to be reported as internal.
 */
class StoreFaultsAreClassifiedBySqlStateTest {
  private static TestDatabase db;
  private static Vertx vertx;
  private static Pool pool;

  @BeforeAll
  static void connect() {
    db = TestDatabase.create();
    vertx = Vertx.vertx();
    pool = PgBuilder.pool().connectingTo(Database.options(db.url())).using(vertx).build();
  }

  @AfterAll
  static void close() {
    try {
      pool.close().await();
      vertx.close().await();
    } finally {
      db.close();
    }
  }

  @Test
  void aNulCharacterInTextIsUnstorableInput() {
    assertEquals(StoreFault.Kind.UNSTORABLE_INPUT, kindOf(p -> p.preparedQuery("SELECT $1::text").execute(Tuple.of("a\u0000b"))));
  }

  @Test
  void aNulCharacterInJsonIsUnstorableInput() {
    assertEquals(StoreFault.Kind.UNSTORABLE_INPUT,
        kindOf(p -> p.preparedQuery("SELECT $1::jsonb").execute(Tuple.of(new JsonObject().put("reference", "a\u0000b")))));
  }

  @Test
  void aValueTooLongForItsColumnIsUnstorableInput() {
    assertEquals(StoreFault.Kind.UNSTORABLE_INPUT, kindOf(p -> p.withConnection(conn -> conn.query("CREATE TEMP TABLE t (v varchar(3))").execute()
        .compose(v -> conn.preparedQuery("INSERT INTO t VALUES ($1)").execute(Tuple.of("abcd"))))));
  }

  @Test
  void aStatementTimeoutIsUnavailable() {
    assertEquals(StoreFault.Kind.UNAVAILABLE, kindOf(p -> p.withConnection(conn -> conn.query("SET statement_timeout = 50").execute()
        .compose(v -> conn.query("SELECT pg_sleep(5)").execute()))));
  }

  @Test
  void aServerNobodyListensOnIsUnavailable() {
    PgConnectOptions nowhere = new PgConnectOptions(Database.options(db.url())).setHost("127.0.0.1").setPort(1);
    Pool unreachable = PgBuilder.pool().with(new PoolOptions().setMaxSize(1)).connectingTo(nowhere).using(vertx).build();
    try {
      assertEquals(StoreFault.Kind.UNAVAILABLE, kindOf(unreachable, p -> p.query("SELECT 1").execute()));
    } finally {
      unreachable.close().await();
    }
  }

  @Test
  void badSqlIsNotAStoreFault() {
    assertNull(kindOf(p -> p.query("SELEC 1").execute()));
  }

  @Test
  void aBrokenConstraintIsNotAStoreFault() {
    assertNull(kindOf(p -> p.withConnection(conn -> conn.query("CREATE TEMP TABLE u (k int PRIMARY KEY)").execute()
        .compose(v -> conn.query("INSERT INTO u VALUES (1), (1)").execute()))));
  }

  private static StoreFault.Kind kindOf(Function<Pool, Future<?>> work) {
    return kindOf(pool, work);
  }

  /** The kind the failure of {@code work} is classified as; null when it is not a store fault. */
  private static StoreFault.Kind kindOf(Pool on, Function<Pool, Future<?>> work) {
    Future<?> done = StoreFault.classified(work.apply(on));
    try {
      done.await();
      fail("the work did not fail");
    } catch (RuntimeException expected) {
      // its cause is classified below
    }
    return done.cause() instanceof StoreFault fault ? fault.kind() : null;
  }
}
