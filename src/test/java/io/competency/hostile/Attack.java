package io.competency.hostile;

import io.competency.support.GraphqlClient;
import io.competency.support.RawHttp;
import io.competency.support.TestKeys;
import io.vertx.core.json.JsonObject;
import java.util.Map;
import java.util.function.Function;

/**
 * One hostile request of the table: a name, and how to send it to a server (with the client, or as
 * raw bytes on a socket) and read back what came, as an {@link Answer}.
 */
record Attack(String name, Function<Target, Answer> send) {

  /** A server under attack: its client and its port. */
  record Target(GraphqlClient client, int port) {
  }

  /** What came back: status, {@code Content-Type} and body. */
  record Answer(int status, String contentType, String body) {
    /** The connection was closed with no answer. */
    static final Answer CLOSED = new Answer(0, null, "");

    static Answer of(GraphqlClient.Response response) {
      return new Answer(response.status(), response.header("Content-Type"), response.body());
    }

    static Answer of(RawHttp.Reply reply) {
      return new Answer(reply.status(), reply.header("Content-Type"), reply.body());
    }
  }

  @Override
  public String toString() {
    return name;
  }

  /** POST {@code body} to {@code /graphql} as {@code application/json}. */
  static Attack body(String name, String body) {
    return new Attack(name, t -> Answer.of(t.client().request("POST", "/graphql").body("application/json", body).send()));
  }

  /** POST raw {@code bytes} to {@code /graphql} as {@code application/json}. */
  static Attack bytes(String name, byte[] bytes) {
    return new Attack(name, t -> Answer.of(t.client().request("POST", "/graphql").body("application/json", bytes).send()));
  }

  /** POST a query with no key. */
  static Attack query(String name, String query) {
    return new Attack(name, t -> Answer.of(t.client().query(query).post()));
  }

  /** POST a query with these variables, with no key. */
  static Attack query(String name, String query, Map<String, ?> variables) {
    return new Attack(name, t -> Answer.of(t.client().query(query).variables(variables).post()));
  }

  /** GET a query. */
  static Attack get(String name, String query) {
    return new Attack(name, t -> Answer.of(t.client().query(query).get()));
  }

  /** A mutation with its {@code input}, sent with the key of {@code secret}. */
  static Attack mutation(String name, String secret, String document, JsonObject input) {
    return new Attack(name, t -> Answer.of(t.client().query(document).variables(Map.of("input", input.getMap())).bearer(secret).post()));
  }

  /** {@code evaluate} with an integrator key. */
  static Attack evaluate(String name, JsonObject input) {
    return mutation(name, TestKeys.INTEGRATOR_SECRET, Inputs.EVALUATE, input);
  }

  /** A query with one extra request header. */
  static Attack header(String name, String header, String value, String query) {
    return new Attack(name, t -> Answer.of(t.client().query(query).header(header, value).post()));
  }

  /** Bytes as they are, on a socket of their own. */
  static Attack raw(String name, String request) {
    return new Attack(name, t -> Answer.of(RawHttp.exchange(t.port(), request)));
  }

  /**
   * Bytes whose framing is broken below HTTP's messages (a malformed chunk): the server may answer, or
   * close the connection without a word, as nothing after the break can be read. No answer is
   * {@link Answer#CLOSED}.
   */
  static Attack rawMayClose(String name, String request) {
    return new Attack(name, t -> {
      try {
        return Answer.of(RawHttp.exchange(t.port(), request));
      } catch (java.io.UncheckedIOException e) {
        return Answer.CLOSED;
      }
    });
  }
}
