package io.competency.support;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The real server on a PostgreSQL database of its own, for a whole test class: the database (migrated,
 * the bundled catalog imported as revision 1: see {@link TestDatabase#create()}) is made and the server
 * started before the class's tests; both are stopped and dropped after them. The server has the
 * {@link TestKeys} unless {@code env} says otherwise.
 *
 * <pre>{@code
 * @RegisterExtension
 * static final ServerOnFreshDatabase server = new ServerOnFreshDatabase();
 *
 * @Test
 * void theCatalogStartsAtRevisionOne() {
 *   assertEquals(1, server.client().query("{ catalog { revision } }").post().data("catalog.revision"));
 * }
 * }</pre>
 */
public final class ServerOnFreshDatabase implements BeforeAllCallback, AfterAllCallback {
  private final Map<String, String> env;
  private final boolean empty;
  private final List<TestServer> others = new ArrayList<>();
  private TestDatabase db;
  private TestServer server;

  /** A server with the test defaults and keys. */
  public ServerOnFreshDatabase() {
    this(Map.of());
  }

  /** A server whose configuration is the test defaults and keys overridden by {@code env}. */
  public ServerOnFreshDatabase(Map<String, String> env) {
    this(env, false);
  }

  private ServerOnFreshDatabase(Map<String, String> env, boolean empty) {
    this.env = Map.copyOf(env);
    this.empty = empty;
  }

  /**
   * A server on a database with nothing in it ({@link TestDatabase#empty()}): it migrates it and imports
   * the catalog its {@code CATALOG_DIR} names, for tests that start from a catalog of their own.
   */
  public static ServerOnFreshDatabase onEmptyDatabase(Map<String, String> env) {
    return new ServerOnFreshDatabase(env, true);
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    db = empty ? TestDatabase.empty() : TestDatabase.create();
    server = TestServer.start(onThisDatabase(Map.of()));
  }

  @Override
  public void afterAll(ExtensionContext context) {
    try {
      others.forEach(TestServer::close);
      if (server != null) {
        server.close();
      }
    } finally {
      db.close();
    }
  }

  private Map<String, String> onThisDatabase(Map<String, String> more) {
    Map<String, String> merged = new HashMap<>(env);
    merged.putAll(more);
    merged.put("DATABASE_URL", db.url());
    return merged;
  }

  /** A client of the server. */
  public GraphqlClient client() {
    return server.client();
  }

  public TestServer server() {
    return server;
  }

  /** The server's database, to look at what it stores. */
  public TestDatabase db() {
    return db;
  }

  /** Another server on the same database, with this fixture's configuration and {@code env} on top; stopped with the fixture. */
  public TestServer startAnother(Map<String, String> moreEnv) {
    TestServer another = TestServer.start(onThisDatabase(moreEnv));
    others.add(another);
    return another;
  }

  /** Stops the server and starts a new one on the same database, as after a deployment. */
  public void restart() {
    server.close();
    server = null;
    server = TestServer.start(onThisDatabase(Map.of()));
  }
}
