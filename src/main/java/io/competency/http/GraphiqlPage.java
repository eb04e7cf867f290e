package io.competency.http;

import io.competency.catalog.Translations;
import io.competency.graphql.Localization;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * GraphiQL's page ({@code /graphiql/}), opened on a query that runs as it is: the Cloud Productivity
 * competency page ({@code graphiql/competency-page.graphql}), under comments that say which headers
 * matter ({@code graphiql/intro.<locale>.txt}), written in the reader's language (from the page
 * request's {@code Accept-Language}; the queries GraphiQL sends carry the browser's own, so the answers
 * come in that language too). The page points GraphiQL at {@code /graphql} over HTTP only: this server
 * has no WebSocket endpoint, so none is advertised. GraphiQL's scripts and styles are served by
 * vertx-web-graphql's handler, from the same directory.
 */
final class GraphiqlPage {
  /** The languages the comments are written in; any other reader gets English. */
  static final List<String> LOCALES = List.of(Translations.ENGLISH, "ru-RU", "ko-KR");

  private static final String TEMPLATE = "io/vertx/ext/web/handler/graphiql/index.html";
  private static final String CONFIG_PLACEHOLDER = "__VERTX_GRAPHIQL_CONFIG__";

  private final Map<String, String> pages;

  GraphiqlPage() {
    String template = resource(TEMPLATE);
    if (!template.contains(CONFIG_PLACEHOLDER)) {
      throw new IllegalStateException(TEMPLATE + " no longer has " + CONFIG_PLACEHOLDER);
    }
    String query = resource("graphiql/competency-page.graphql");
    pages = LOCALES.stream().collect(Collectors.toUnmodifiableMap(Function.identity(),
        locale -> template.replace(CONFIG_PLACEHOLDER, config(resource("graphiql/intro." + locale + ".txt") + query))));
  }

  /** The query GraphiQL opens with, comments and all, for a reader of {@code locale}. */
  static String example(String locale) {
    return resource("graphiql/intro." + locale + ".txt") + resource("graphiql/competency-page.graphql");
  }

  /** {@code /graphiql/}; {@code /graphiql} leads there (the page's scripts are relative to it). */
  void handle(RoutingContext ctx) {
    if (!ctx.request().path().endsWith("/")) {
      ctx.response().setStatusCode(301).putHeader("Location", "/graphiql/").end();
      return;
    }
    String locale = Localization.negotiate(ctx.request().getHeader("Accept-Language"), LOCALES);
    String page = pages.getOrDefault(locale, pages.get(Translations.ENGLISH));
    ctx.response()
        .putHeader("Content-Type", "text/html; charset=utf-8")
        .putHeader("Content-Language", pages.containsKey(locale) ? locale : Translations.ENGLISH)
        .putHeader("Vary", "Accept-Language")
        .putHeader("Cache-Control", "no-cache")
        .end(page);
  }

  /** vertx-web-graphql's page reads its settings from this object; {@code parameters.query} is what the editor opens with. */
  private static String config(String query) {
    JsonObject config = new JsonObject()
        .put("httpEnabled", true)
        .put("graphQLUri", "/graphql")
        .put("graphQLWSEnabled", false)
        .put("headers", new JsonObject())
        .put("parameters", new JsonObject().put("query", query));
    // Inside a <script>: no "</" may end it early.
    return config.encode().replace("</", "<\\/");
  }

  private static String resource(String name) {
    try (InputStream in = GraphiqlPage.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing from the classpath: " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
