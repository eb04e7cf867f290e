package io.competency.support;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One server on a database of its own for a whole test class: the database is created and the server
 * started before the class's tests, both stopped and dropped after them.
 *
 * <pre>{@code
 * @RegisterExtension
 * static final ServerOnFreshDatabase server = new ServerOnFreshDatabase(Map.of("API_KEYS", KEYS));
 * }</pre>
 */
public final class ServerOnFreshDatabase implements BeforeAllCallback, AfterAllCallback {
  private final Map<String, String> env;
  private TestDatabase db;
  private TestServer server;

  public ServerOnFreshDatabase(Map<String, String> env) {
    this.env = Map.copyOf(env);
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    db = TestDatabase.create();
    Map<String, String> withDatabase = new HashMap<>(env);
    withDatabase.put("DATABASE_URL", db.url());
    server = TestServer.start(withDatabase);
  }

  @Override
  public void afterAll(ExtensionContext context) {
    try {
      if (server != null) {
        server.close();
      }
    } finally {
      db.close();
    }
  }

  public GraphqlClient client() {
    return server.client();
  }

  public TestDatabase db() {
    return db;
  }
}
