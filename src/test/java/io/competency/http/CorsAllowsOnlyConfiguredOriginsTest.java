package io.competency.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.competency.support.GraphqlClient.Response;
import io.competency.support.TestServer;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** With {@code CORS_ORIGINS=https://app.example}, browsers on that origin (and only there) may call the API. */
class CorsAllowsOnlyConfiguredOriginsTest {
  private static final String APP = "https://app.example";
  private static TestServer server;

  @BeforeAll
  static void start() {
    server = TestServer.start(Map.of("CORS_ORIGINS", APP));
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void aPreflightFromTheConfiguredOriginIsAllowed() {
    Response preflight = preflight(APP);

    assertTrue(preflight.status() == 200 || preflight.status() == 204, preflight::toString);
    assertEquals(APP, preflight.header("Access-Control-Allow-Origin"));
    assertTrue(preflight.header("Access-Control-Allow-Methods").contains("POST"), preflight.header("Access-Control-Allow-Methods"));
    String allowedHeaders = preflight.header("Access-Control-Allow-Headers").toLowerCase(Locale.ROOT);
    assertTrue(allowedHeaders.contains("content-type") && allowedHeaders.contains("authorization")
        && allowedHeaders.contains("accept-language"), allowedHeaders);
  }

  @Test
  void aPreflightFromAnotherOriginIsNotAllowed() {
    Response preflight = preflight("https://evil.example");

    assertNull(preflight.header("Access-Control-Allow-Origin"), preflight::toString);
    assertNotEquals(204, preflight.status());
  }

  @Test
  void aQueryFromTheConfiguredOriginMayReadContentLanguage() {
    Response response = server.client().query("{ catalog { revision } }").header("Origin", APP).header("Accept-Language", "ru").post();

    assertEquals(200, response.status(), response::toString);
    assertEquals(APP, response.header("Access-Control-Allow-Origin"));
    assertTrue(response.header("Access-Control-Expose-Headers").contains("Content-Language"));
  }

  @Test
  void withoutCorsOriginsNoOriginIsAllowed() {
    try (TestServer closed = TestServer.start()) {
      Response response = closed.client().query("{ catalog { revision } }").header("Origin", APP).post();

      assertEquals(200, response.status(), response::toString);
      assertNull(response.header("Access-Control-Allow-Origin"));
    }
  }

  private static Response preflight(String origin) {
    return server.client().request("OPTIONS", "/graphql")
        .header("Origin", origin)
        .header("Access-Control-Request-Method", "POST")
        .header("Access-Control-Request-Headers", "content-type, authorization, accept-language")
        .send();
  }
}
