package io.competency.partnermutation;

import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One server per {@link Storage} mode for a whole test class, each started when a test first asks for
 * it and stopped after the class's tests.
 *
 * <pre>{@code
 * @RegisterExtension
 * static final BothStorages servers = new BothStorages();
 *
 * @ParameterizedTest
 * @EnumSource(Storage.class)
 * void something(Storage storage) { PartnerServer server = servers.in(storage); … }
 * }</pre>
 */
final class BothStorages implements AfterAllCallback {
  private final Map<String, String> env;
  private final Map<Storage, PartnerServer> servers = new EnumMap<>(Storage.class);

  BothStorages() {
    this(Map.of());
  }

  BothStorages(Map<String, String> env) {
    this.env = Map.copyOf(env);
  }

  synchronized PartnerServer in(Storage storage) {
    return servers.computeIfAbsent(storage, s -> PartnerServer.start(s, env));
  }

  @Override
  public synchronized void afterAll(ExtensionContext context) {
    RuntimeException failure = null;
    for (PartnerServer server : servers.values()) {
      try {
        server.close();
      } catch (RuntimeException e) {
        failure = failure == null ? e : failure;
      }
    }
    servers.clear();
    if (failure != null) {
      throw failure;
    }
  }
}
