package io.competency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.competency.config.Config;
import io.competency.support.GraphqlClient.Response;
import io.competency.support.TestServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What someone starting the server meets first: without {@code CATALOG_DIR} it serves the catalog
 * bundled with it, whatever its working directory; a port already taken is named, with how to choose
 * another.
 */
class StartingTheServerTest {

  @Test
  void withoutCatalogDirTheBundledCatalogIsServed() {
    try (TestServer server = TestServer.start(Map.of("CATALOG_DIR", ""))) {
      Response response = server.client().query("{ catalog { revision } competency(slug: \"cloud-productivity\") { options { tiers { slug } } } }").post();

      assertEquals(List.of(), response.errors(), response::toString);
      assertEquals("gold", response.data("competency.options.0.tiers.1.slug"));
      assertTrue(Application.bundledCatalogDirectory().resolve("markets.yaml").toFile().isFile());
    }
  }

  @Test
  void aBusyPortIsNamedWithHowToChooseAnother() throws IOException {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
      Map<String, String> env = Map.of("PORT", String.valueOf(taken.getLocalPort()));
      Exception refused = assertThrows(Exception.class, () -> TestServer.start(env).close());

      Main.StartFailure failure = Main.StartFailure.of(refused, Config.from(env));

      assertEquals(2, failure.status());
      assertTrue(failure.message().contains("port " + taken.getLocalPort() + " on 127.0.0.1 is already in use"), failure.message());
      assertTrue(failure.message().contains("PORT=8081 make run"), failure.message());
    }
  }
}
