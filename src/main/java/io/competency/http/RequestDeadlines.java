package io.competency.http;

import io.competency.graphql.ErrorCode;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpConnection;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * How long a client may take to send a request ({@code HTTP_REQUEST_TIMEOUT}). A connection must have
 * sent a request's headers within that time of opening, or of the end of its previous response;
 * otherwise it is closed. Once the headers are in, the body must follow within the same time; otherwise
 * the request is answered 408 {@code REQUEST_TIMEOUT} and the connection closed. A client trickling
 * bytes therefore cannot hold a connection, or the memory of a half-read body, for longer than that.
 * (Connections with no traffic at all are closed after {@code HTTP_IDLE_TIMEOUT} by the server itself.)
 *
 * <p>Each connection's deadline lives on its event loop: the connection handler, the requests and the
 * timers of one connection all run there.
 */
final class RequestDeadlines {
  private final Vertx vertx;
  private final long timeoutMillis;
  private final Map<HttpConnection, Deadline> deadlines = new ConcurrentHashMap<>();

  RequestDeadlines(Vertx vertx, int timeoutSeconds) {
    this.vertx = vertx;
    this.timeoutMillis = TimeUnit.SECONDS.toMillis(timeoutSeconds);
  }

  /** The server's connection handler: the first request is due. */
  void connected(HttpConnection connection) {
    Deadline deadline = new Deadline(connection);
    deadlines.put(connection, deadline);
    connection.closeHandler(v -> deadlines.remove(connection).cancel());
    deadline.awaitRequest();
  }

  /** The router's first handler: the headers are in; the body, if still coming, is due. */
  void requestStarted(RoutingContext ctx) {
    Deadline deadline = deadlines.get(ctx.request().connection());
    if (deadline != null) {
      deadline.started(ctx);
    }
    ctx.next();
  }

  /** The deadline of one connection: for its next request's headers, or for the body of the one being read. */
  private final class Deadline {
    private final HttpConnection connection;
    private int inFlight;
    private long timer = -1;

    Deadline(HttpConnection connection) {
      this.connection = connection;
    }

    void awaitRequest() {
      cancel();
      if (inFlight == 0) {
        timer = vertx.setTimer(timeoutMillis, id -> connection.close());
      }
    }

    void started(RoutingContext ctx) {
      cancel();
      inFlight++;
      HttpServerRequest request = ctx.request();
      long bodyTimer = request.isEnded() ? -1 : vertx.setTimer(timeoutMillis, id -> bodyTooSlow(request));
      ctx.addEndHandler(v -> {
        vertx.cancelTimer(bodyTimer);
        inFlight--;
        awaitRequest();
      });
    }

    private void bodyTooSlow(HttpServerRequest request) {
      if (request.isEnded()) {
        return;
      }
      if (!request.response().headWritten()) {
        request.response().putHeader("Connection", "close");
        Responses.error(request.response(), 408, ErrorCode.REQUEST_TIMEOUT,
            "the request body did not arrive within " + timeoutMillis / 1000 + " s (HTTP_REQUEST_TIMEOUT)");
      }
      connection.close();
    }

    void cancel() {
      if (timer >= 0) {
        vertx.cancelTimer(timer);
        timer = -1;
      }
    }
  }
}
