package io.competency.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import graphql.introspection.IntrospectionQuery;
import io.competency.support.GraphqlClient.Response;
import io.competency.support.TestServer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Introspection is on by default (GraphiQL needs it, within the default limits); with
 * {@code INTROSPECTION=false} it is refused with an error code while ordinary queries work.
 */
class IntrospectionCanBeTurnedOffTest {
  private static TestServer open;
  private static TestServer closed;

  @BeforeAll
  static void start() {
    open = TestServer.start();
    closed = TestServer.start(Map.of("INTROSPECTION", "false"));
  }

  @AfterAll
  static void stop() {
    try {
      open.close();
    } finally {
      closed.close();
    }
  }

  @Test
  void graphiqlsIntrospectionQueryIsAnsweredWithinTheDefaultLimits() {
    Response response = open.client().query(IntrospectionQuery.INTROSPECTION_QUERY).post();

    assertTrue(response.errors().isEmpty(), response::toString);
    assertEquals("Query", response.data("__schema.queryType.name"));
    assertEquals("Mutation", response.data("__schema.mutationType.name"));
  }

  @Test
  void theSchemaIntrospectionIsRefusedWhenTurnedOff() {
    Response response = closed.client().query("{ __schema { types { name } } }").post().assertWellFormed();

    assertEquals(200, response.status());
    assertEquals(1, response.errors().size(), response::toString);
    assertNotNull(response.errorCode(0));
    assertNull(response.data("__schema"), response::toString);
    assertFalse(response.body().contains("\"Competency\""), "no type names leak: " + response.body());
  }

  @Test
  void aTypeIntrospectionIsRefusedWhenTurnedOff() {
    Response response = closed.client().query("{ __type(name: \"Competency\") { fields { name } } }").post().assertWellFormed();

    assertEquals(1, response.errors().size(), response::toString);
    assertNull(response.data("__type"), response::toString);
  }

  @Test
  void graphiqlsIntrospectionQueryIsRefusedWhenTurnedOff() {
    Response response = closed.client().query(IntrospectionQuery.INTROSPECTION_QUERY).post().assertWellFormed();

    assertFalse(response.errors().isEmpty(), response::toString);
    assertNull(response.data("__schema"), response::toString);
  }

  @Test
  void theRefusalIsCodedIntrospectionDisabled() {
    Response response = closed.client().query("{ __schema { types { name } } }").post();

    assertEquals(List.of("INTROSPECTION_DISABLED"), response.errorCodes(), response::toString);
  }

  @Test
  void ordinaryQueriesAndTypenameWorkWhenTurnedOff() {
    Response response = closed.client().query("{ __typename competency(slug: \"cloud-productivity\") { __typename slug } }").post();

    assertTrue(response.errors().isEmpty(), response::toString);
    assertEquals("Query", response.data("__typename"));
    assertEquals("Competency", response.data("competency.__typename"));
  }

  @Test
  void thePublishedSchemaStaysAvailableWhenTurnedOff() {
    Response response = closed.client().request("GET", "/schema.graphql").send();

    assertEquals(200, response.status());
    assertTrue(response.body().contains("type Query"));
  }
}
