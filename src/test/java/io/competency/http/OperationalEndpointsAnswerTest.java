package io.competency.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.competency.support.GraphqlClient.Response;
import io.competency.support.TestServer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code /health}, {@code /ready}, {@code /schema.graphql} and {@code /graphiql/} answer beside {@code /graphql}. */
class OperationalEndpointsAnswerTest {
  private static TestServer server;

  @BeforeAll
  static void start() {
    server = TestServer.start();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void healthSaysUp() {
    Response response = server.client().request("GET", "/health").send();

    assertEquals(200, response.status(), response::toString);
    assertEquals("UP", response.json().getString("status"));
  }

  @Test
  void readySaysReadyWithTheCatalogRevision() {
    Response response = server.client().request("GET", "/ready").send();

    assertEquals(200, response.status(), response::toString);
    assertEquals("READY", response.json().getString("status"));
    assertEquals(1, response.json().getInteger("catalogRevision"));
    assertEquals("EMBEDDED", response.json().getString("database"));
  }

  @Test
  void theSchemaIsPublishedAsTheSdlFile() throws IOException {
    Response response = server.client().request("GET", "/schema.graphql").send();

    assertEquals(200, response.status(), response::toString);
    assertTrue(response.header("Content-Type").startsWith("text/plain"), response.header("Content-Type"));
    assertTrue(response.body().contains("type Query {"), "the SDL has type Query");
    String file = Files.readString(Path.of("schema/competency-catalog.graphqls"), StandardCharsets.UTF_8);
    assertTrue(response.body().contains(file), "the served SDL is schema/competency-catalog.graphqls");
  }

  @Test
  void graphiqlIsServedAsHtml() {
    Response response = server.client().request("GET", "/graphiql/").send();

    assertEquals(200, response.status(), response::toString);
    assertTrue(response.header("Content-Type").startsWith("text/html"), response.header("Content-Type"));
    assertTrue(response.body().toLowerCase(Locale.ROOT).contains("graphiql"), "the page is GraphiQL");
  }

  @Test
  void graphiqlsPageIsConfiguredForThisServerAndItsScriptsAndStylesLoad() {
    String page = server.client().request("GET", "/graphiql/").send().body();
    assertTrue(page.contains("\"/graphql\""), "GraphiQL is pointed at /graphql: " + page);
    assertTrue(page.contains("cloud-productivity"), "GraphiQL opens with the example query");

    Matcher assets = Pattern.compile("(?:src|href)=\"\\./(assets/[^\"]+)\"").matcher(page);
    List<String> loaded = new java.util.ArrayList<>();
    while (assets.find()) {
      Response asset = server.client().request("GET", "/graphiql/" + assets.group(1)).send();
      assertEquals(200, asset.status(), () -> assets.group(1) + ": " + asset.status());
      assertTrue(asset.body().length() > 1_000, assets.group(1) + " has content");
      loaded.add(assets.group(1));
    }
    assertTrue(loaded.stream().anyMatch(a -> a.endsWith(".js")) && loaded.stream().anyMatch(a -> a.endsWith(".css")),
        "the page loads its script and its stylesheet: " + loaded);
  }

  @Test
  void graphiqlWithoutTheSlashLeadsToGraphiql() {
    Response response = server.client().request("GET", "/graphiql").send();

    assertTrue(response.status() == 200 || response.header("Location") != null && response.header("Location").endsWith("/graphiql/"),
        response::toString);
  }

  @Test
  void anUnknownPathIsNotFound() {
    Response response = server.client().request("GET", "/admin").send();

    assertEquals(404, response.status(), response::toString);
  }
}
