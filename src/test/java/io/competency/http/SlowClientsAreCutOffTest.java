package io.competency.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.competency.support.GraphqlClient.Response;
import io.competency.support.RawHttp;
import io.competency.support.TestServer;
import io.vertx.core.json.JsonObject;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A client that sends its request slowly, or not at all, does not hold a connection: headers and body
 * must arrive within {@code HTTP_REQUEST_TIMEOUT} (here 1 s), and a connection without traffic is closed
 * after {@code HTTP_IDLE_TIMEOUT} (here 1 s on a second server). Requests sent in time are served.
 */
class SlowClientsAreCutOffTest {
  private static TestServer requestBound;
  private static TestServer idleBound;
  private static ExecutorService trickler;

  @BeforeAll
  static void start() {
    requestBound = TestServer.start(Map.of("HTTP_REQUEST_TIMEOUT", "1", "HTTP_IDLE_TIMEOUT", "3600"));
    idleBound = TestServer.start(Map.of("HTTP_REQUEST_TIMEOUT", "3600", "HTTP_IDLE_TIMEOUT", "1"));
    trickler = Executors.newCachedThreadPool();
  }

  @AfterAll
  static void stop() {
    trickler.shutdownNow();
    requestBound.close();
    idleBound.close();
  }

  @AfterEach
  void theServerGoesOnServing() {
    Response response = requestBound.client().query("{ catalog { revision } }").post();
    assertEquals(1, response.data("catalog.revision"), response::toString);
  }

  @Test
  void headersTrickledByteByByteAreCutOff() {
    try (RawHttp http = RawHttp.connect(requestBound.port())) {
      http.send("GET /health HTTP/1.1\r\nHost: x\r\n");
      trickler.submit(() -> {
        for (int i = 0; i < 200; i++) {
          http.send("X");
          Thread.sleep(200);
        }
        return null;
      });

      assertTrue(http.awaitClose(), "the connection is closed while the headers are still trickling in");
    }
  }

  @Test
  void aConnectionThatSendsNothingIsClosed() {
    try (RawHttp http = RawHttp.connect(requestBound.port())) {
      assertTrue(http.awaitClose(), "a connection that never sends a request is closed");
    }
  }

  @Test
  void aBodyThatStopsHalfwayIsAnsweredRequestTimeout() {
    try (RawHttp http = RawHttp.connect(requestBound.port())) {
      http.send("POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{\"query\":");

      RawHttp.Reply reply = http.read();

      assertEquals(408, reply.status(), reply::toString);
      assertEquals("REQUEST_TIMEOUT", new JsonObject(reply.body()).getJsonArray("errors").getJsonObject(0)
          .getJsonObject("extensions").getString("code"), reply::toString);
      assertTrue(http.awaitClose(), "the connection is closed after the 408");
    }
  }

  @Test
  void aKeptAliveConnectionMustSendItsNextRequestInTime() {
    try (RawHttp http = RawHttp.connect(requestBound.port())) {
      RawHttp.Reply first = http.send("GET /health HTTP/1.1\r\nHost: x\r\n\r\n").read();
      assertEquals(200, first.status(), first::toString);

      assertTrue(http.awaitClose(), "the connection is closed when no next request comes");
    }
  }

  @Test
  void requestsSentInTimeOnOneConnectionAreAllServed() {
    try (RawHttp http = RawHttp.connect(requestBound.port())) {
      for (int i = 0; i < 3; i++) {
        RawHttp.Reply reply = http.send("GET /health HTTP/1.1\r\nHost: x\r\n\r\n").read();
        assertEquals(200, reply.status(), reply::toString);
      }
    }
  }

  @Test
  void anIdleConnectionIsClosed() {
    try (RawHttp http = RawHttp.connect(idleBound.port())) {
      RawHttp.Reply first = http.send("GET /health HTTP/1.1\r\nHost: x\r\n\r\n").read();
      assertEquals(200, first.status(), first::toString);

      assertTrue(http.awaitClose(), "a connection without traffic is closed");
    }
  }
}
