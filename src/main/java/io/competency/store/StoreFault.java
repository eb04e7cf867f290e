package io.competency.store;

import io.vertx.core.Future;
import io.vertx.core.VertxException;
import io.vertx.core.http.ConnectionPoolTooBusyException;
import io.vertx.core.impl.NoStackTraceThrowable;
import io.vertx.sqlclient.ClosedConnectionException;
import io.vertx.sqlclient.DatabaseException;
import java.io.IOException;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.TimeoutException;

/**
 * A failed store operation, classified where it failed, with what the client should do:
 * <ul>
 *   <li>{@link Kind#UNAVAILABLE}: the database is unreachable or timed out. Retry later.</li>
 *   <li>{@link Kind#UNSTORABLE_INPUT}: the database refused a value it was given (an invalid byte
 *   sequence, a value too long for its column or index). Fix the input; retrying cannot help.</li>
 * </ul>
 * Any other failure is not a {@code StoreFault}: it is a fault of the server itself (a bug, or a
 * database in a state the code does not expect), to be reported as internal and logged in full.
 */
public final class StoreFault extends RuntimeException {
  /** What a store failure means for the client. */
  public enum Kind {
    UNAVAILABLE,
    UNSTORABLE_INPUT
  }

  /**
   * How the pool fails a call that waited {@code DB_TIMEOUT} for a connection: with a bare
   * {@code VertxException} (or {@code NoStackTraceThrowable}) of one of these messages; a full wait
   * queue is a {@link ConnectionPoolTooBusyException}. All mean the database cannot take the call now.
   */
  private static final Set<String> POOL_WAIT_TIMED_OUT = Set.of("Timeout", "Timeout waiting for connection");

  private final Kind kind;

  private StoreFault(Kind kind, Throwable cause) {
    super(kind + ": " + cause.getMessage(), cause);
    this.kind = kind;
  }

  public Kind kind() {
    return kind;
  }

  /** {@code failure} as a {@code StoreFault} when it is one of the two kinds, else {@code failure} itself. */
  public static Throwable classify(Throwable failure) {
    Objects.requireNonNull(failure, "failure");
    if (failure instanceof StoreFault) {
      return failure;
    }
    Kind kind = kindOf(failure);
    return kind == null ? failure : new StoreFault(kind, failure);
  }

  /**
   * Like {@link #classify}, but only an outage is made a {@code StoreFault}: for a write shared by
   * several clients (a batch), whose refused value cannot be pinned on any one of them.
   */
  static Throwable classifyOutage(Throwable failure) {
    return classify(failure) instanceof StoreFault fault && fault.kind() == Kind.UNAVAILABLE ? fault : failure;
  }

  /** {@code future}, failing with its failure {@linkplain #classify classified}. */
  static <T> Future<T> classified(Future<T> future) {
    return future.recover(failure -> Future.failedFuture(classify(failure)));
  }

  private static Kind kindOf(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof DatabaseException db && db.getSqlState() != null) {
        return kindOf(db.getSqlState());
      }
      if (t instanceof ClosedConnectionException || t instanceof IOException || t instanceof TimeoutException
          || t instanceof ConnectionPoolTooBusyException || poolWaitTimedOut(t)) {
        return Kind.UNAVAILABLE;
      }
    }
    return null;
  }

  private static boolean poolWaitTimedOut(Throwable t) {
    return (t.getClass() == VertxException.class || t.getClass() == NoStackTraceThrowable.class)
        && POOL_WAIT_TIMED_OUT.contains(t.getMessage());
  }

  /**
   * By SQLSTATE class. Unavailable: 08 connection exception, 28 authorization refused, 3D database gone,
   * 53 insufficient resources (too many connections), 55 not in the state to serve (not accepting
   * connections, lock timeout), 57 operator intervention (shutdown, statement timeout). Unstorable
   * input: 22 data exception (invalid byte sequence, string too long), 54 program limit exceeded (an
   * index row too large).
   */
  private static Kind kindOf(String sqlState) {
    return switch (sqlState.length() < 2 ? "" : sqlState.substring(0, 2)) {
      case "08", "28", "3D", "53", "55", "57" -> Kind.UNAVAILABLE;
      case "22", "54" -> Kind.UNSTORABLE_INPUT;
      default -> null;
    };
  }
}
