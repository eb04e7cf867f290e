package io.competency.support;

import io.vertx.core.Vertx;
import io.vertx.core.net.NetClient;
import io.vertx.core.net.NetServer;
import io.vertx.core.net.NetSocket;
import io.vertx.pgclient.PgConnectOptions;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A TCP proxy in front of PostgreSQL that can be made to hang, as a database whose processes are
 * stopped does: connections are accepted, bytes sent to it go unanswered. {@link #resume()} lets
 * everything through again.
 *
 * <pre>{@code
 * try (StallingProxy proxy = StallingProxy.to(db.url())) {
 *   TestServer server = TestServer.start(Map.of("DATABASE_URL", proxy.url()));
 *   proxy.stall();
 * }
 * }</pre>
 */
public final class StallingProxy implements AutoCloseable {
  private final Vertx vertx = Vertx.vertx();
  private final PgConnectOptions target;
  private final NetServer server;
  private final NetClient client;
  private final List<NetSocket> sockets = new CopyOnWriteArrayList<>();
  private volatile boolean stalled;

  private StallingProxy(PgConnectOptions target) {
    this.target = target;
    this.client = vertx.createNetClient();
    this.server = vertx.createNetServer().connectHandler(this::accept);
    server.listen(0, "127.0.0.1").await();
  }

  /** A proxy to the database of {@code databaseUrl}. */
  public static StallingProxy to(String databaseUrl) {
    return new StallingProxy(io.competency.store.Database.options(databaseUrl));
  }

  /** The database URL through this proxy. */
  public String url() {
    String auth = target.getUser() + (target.getPassword() == null || target.getPassword().isEmpty() ? "" : ":" + target.getPassword());
    return "postgresql://" + auth + "@127.0.0.1:" + server.actualPort() + "/" + target.getDatabase();
  }

  /** From now on, nothing goes through in either direction, on open connections and new ones. */
  public void stall() {
    stalled = true;
    sockets.forEach(NetSocket::pause);
  }

  /** Lets everything held back through, and what follows. */
  public void resume() {
    stalled = false;
    sockets.forEach(NetSocket::resume);
  }

  private void accept(NetSocket inbound) {
    inbound.pause();
    client.connect(target.getPort(), target.getHost()).onSuccess(outbound -> {
      inbound.handler(outbound::write);
      outbound.handler(inbound::write);
      inbound.closeHandler(v -> {
        sockets.remove(inbound);
        outbound.close();
      });
      outbound.closeHandler(v -> {
        sockets.remove(outbound);
        inbound.close();
      });
      sockets.add(inbound);
      sockets.add(outbound);
      if (stalled) {
        outbound.pause();
      } else {
        inbound.resume();
      }
    }).onFailure(e -> inbound.close());
  }

  @Override
  public void close() {
    vertx.close().await();
  }
}
