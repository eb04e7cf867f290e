package io.competency.http;

import static io.competency.support.TestKeys.MAINTAINER_SECRET;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.competency.support.GraphqlClient.Response;
import io.competency.support.GraphqlClient;
import io.competency.support.TestServer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

/**
 * Automatic persisted queries (Apollo protocol): a hash the server does not know is answered
 * PERSISTED_QUERY_NOT_FOUND; sent once with its text, the query is known by its SHA-256 from then on,
 * over POST and GET. Each test uses a query text of its own.
 */
class PersistedQueriesAreRegisteredByHashTest {
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
  void anUnknownHashIsNotFound(TestInfo test) {
    String query = uniqueQuery(test);

    Response response = hashOnly(query).post().assertWellFormed();

    assertEquals(List.of("PERSISTED_QUERY_NOT_FOUND"), response.errorCodes(), response::toString);
    assertEquals("PersistedQueryNotFound", response.errors().get(0).getString("message"));
  }

  @Test
  void aQuerySentWithItsHashIsAnsweredAndThenKnownByItsHash(TestInfo test) {
    String query = uniqueQuery(test);
    assertEquals(List.of("PERSISTED_QUERY_NOT_FOUND"), hashOnly(query).post().errorCodes());

    Response registered = server.client().query(query).persistedHash(GraphqlClient.sha256(query)).post();
    assertEquals(200, registered.status(), registered::toString);
    assertEquals(1, registered.data("catalog.revision"));

    Response byHash = hashOnly(query).post().assertWellFormed();
    assertEquals(200, byHash.status(), byHash::toString);
    assertTrue(byHash.errors().isEmpty(), byHash::toString);
    assertEquals(1, byHash.data("catalog.revision"));
  }

  @Test
  void aKnownHashWorksOverGetWithVariablesAndLocale(TestInfo test) {
    String query = "query Persisted($code: String!) { credential(code: $code) { title { text locale } } } # " + test.getDisplayName();
    server.client().query(query).persistedHash(GraphqlClient.sha256(query)).variables(Map.of("code", "70-347")).post();

    Response response = hashOnly(query).variables(Map.of("code", "70-346")).header("Accept-Language", "ru").get().assertWellFormed();

    assertEquals(200, response.status(), response::toString);
    assertEquals("Экзамен 70-346: управление учетными записями и требованиями Office 365", response.data("credential.title.text"));
  }

  @Test
  void anUppercaseHashNamesTheSameQuery(TestInfo test) {
    String query = uniqueQuery(test);
    server.client().query(query).persistedHash(GraphqlClient.sha256(query).toUpperCase(Locale.ROOT)).post();

    Response response = hashOnly(query).post();

    assertEquals(1, response.data("catalog.revision"), response::toString);
  }

  @Test
  void aQueryThatDoesNotMatchItsHashIsRefusedAndNotRegistered(TestInfo test) {
    String query = uniqueQuery(test);
    String otherHash = GraphqlClient.sha256(query + " ");

    Response mismatch = server.client().query(query).persistedHash(otherHash).post().assertWellFormed();

    assertEquals(400, mismatch.status(), mismatch::toString);
    assertEquals(List.of("PERSISTED_QUERY_HASH_MISMATCH"), mismatch.errorCodes());
    Response byThatHash = server.client().query(null).persistedHash(otherHash).post();
    assertEquals(List.of("PERSISTED_QUERY_NOT_FOUND"), byThatHash.errorCodes(), "a mismatched hash must not be registered");
  }

  @Test
  void aPersistedMutationIsStillRefusedOverGet(TestInfo test) {
    String mutation = "mutation { addWorkload(input: {code: \"PERSISTED\", name: [{locale: \"en-US\", text: \"Persisted\"}]}) "
        + "{ userErrors { code } } } # " + test.getDisplayName();
    server.client().query(mutation).persistedHash(GraphqlClient.sha256(mutation)).post();

    Response overGet = hashOnly(mutation).bearer(MAINTAINER_SECRET).get().assertWellFormed();

    assertEquals(405, overGet.status(), overGet::toString);
    assertEquals(List.of("METHOD_NOT_ALLOWED"), overGet.errorCodes());
    Response workloads = server.client().query("{ workloads { code } }").post();
    assertTrue(workloads.dataList("workloads").stream().noneMatch(w -> "PERSISTED".equals(Response.at(w, "code"))), workloads::toString);
  }

  @Test
  void aPersistedMutationStillNeedsAKey(TestInfo test) {
    String mutation = "mutation { addWorkload(input: {code: \"PERSISTED2\", name: [{locale: \"en-US\", text: \"Persisted\"}]}) "
        + "{ userErrors { code } } } # " + test.getDisplayName();
    server.client().query(mutation).persistedHash(GraphqlClient.sha256(mutation)).post();

    Response byHash = hashOnly(mutation).post().assertWellFormed();

    assertEquals(401, byHash.status(), byHash::toString);
    assertEquals(List.of("UNAUTHENTICATED"), byHash.errorCodes());
  }

  @Test
  void aQueryOverTheSizeLimitIsRefusedWithItsHash(TestInfo test) {
    String oversized = uniqueQuery(test) + " ".repeat(server.config().maxQueryChars());

    Response response = server.client().query(oversized).persistedHash(GraphqlClient.sha256(oversized)).post().assertWellFormed();

    assertEquals(413, response.status(), response::toString);
    assertEquals(List.of("QUERY_TOO_LARGE"), response.errorCodes());
  }

  @Test
  void aQueryRefusedForItsSizeIsNotRegistered(TestInfo test) {
    String oversized = uniqueQuery(test) + " ".repeat(server.config().maxQueryChars());
    server.client().query(oversized).persistedHash(GraphqlClient.sha256(oversized)).post();

    Response byHash = hashOnly(oversized).post();

    assertEquals(List.of("PERSISTED_QUERY_NOT_FOUND"), byHash.errorCodes(), byHash::toString);
  }

  private static GraphqlClient.Operation hashOnly(String query) {
    return server.client().query(null).persistedHash(GraphqlClient.sha256(query));
  }

  private static String uniqueQuery(TestInfo test) {
    return "{ catalog { revision } } # " + test.getDisplayName();
  }
}
