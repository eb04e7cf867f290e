package io.competency.hostile;

import static io.competency.hostile.Attack.evaluate;
import static io.competency.hostile.Attack.mutation;
import static io.competency.hostile.Attack.query;

import io.competency.support.TestKeys;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.nio.charset.StandardCharsets;

/**
 * Values the schema's scalars and enums must refuse — dates, counts, money, locales, URLs, ids, enum
 * values — each put where the type is used, as a variable (and a few as literals).
 */
final class BadScalars {
  private static final List<Object> DATES = List.of("", "2017-13-01", "2017-02-30", "17-07-07", "2017/07/07", "today", 20170707, true,
      "2017-07-07T00:00:00Z", "+999999999-12-31", "0000-00-00", "2017-07-07\u0000", List.of("2017-07-07"), Map.of("d", 1));
  private static final List<Object> NON_NEGATIVE = List.of(-1, 2_147_483_648L, 1.5, "10", true, new java.math.BigInteger("9".repeat(30)),
      List.of(1), Map.of());
  private static final List<Object> POSITIVE = List.of(0, -1, 2_147_483_648L, 0.5, "3");
  private static final List<Object> MONEY = List.of("abc", "1e1000000", "1e-1000000", "NaN", "Infinity", "-Infinity", "1e15",
      "-1e15", "0.0000001", "--1", "1,000", "", " 1", "0x10", List.of("1"), true, 1e308, "9".repeat(400));
  private static final List<Object> LOCALES = List.of("", "xx", "!!", "en_US", "zh-Hant-TW-x-private-ridiculously-long-subtag",
      "i-klingon", "a".repeat(300), "en-US\u0000", "*", "ru;q=1");
  private static final List<Object> URLS = List.of("javascript:alert(1)", "not a url", "http://", "ftp://example.com/x",
      "file:///etc/passwd", "http://[::1", "", "data:text/html,<script>alert(1)</script>", "http://" + "a".repeat(5_000) + ".example");
  private static final List<String> IDS = List.of("", "!!!", "null", "VGllcjo=", base64("Tier:../../../etc"), base64("Evaluation:not-a-uuid"),
      base64("Evaluation:00000000-0000-0000-0000-000000000000"), base64("Competency:" + "x".repeat(5_000)), base64("\u0000\u0000"),
      "x".repeat(10_000), "%00", base64("Nope:1"));
  private static final List<Object> ENUM_VALUES = List.of("NOPE", "", "net_new", "NET_NEW ", 1, true);

  private BadScalars() {
  }

  static List<Attack> attacks() {
    List<Attack> attacks = new ArrayList<>();
    for (Object date : DATES) {
      attacks.add(evaluate("asOf " + show(date), Inputs.partnerWith("asOf", date)));
    }
    for (Object date : List.of("", "2017-13-01", "yesterday", 5)) {
      attacks.add(evaluate("a customer's since " + show(date), Inputs.partnerWith("customers.0.since", date)));
      attacks.add(evaluate("a revenue line's date " + show(date), Inputs.partnerWith("customers.0.revenue.0.date", date)));
    }
    for (Object count : NON_NEGATIVE) {
      attacks.add(evaluate("activeUsers " + show(count), Inputs.partnerWith("customers.0.deployments.0.activeUsers", count)));
    }
    for (Object count : POSITIVE) {
      attacks.add(evaluate("shipment units " + show(count), Inputs.partnerWith("shipments.0.units", count)));
    }
    for (Object money : MONEY) {
      attacks.add(evaluate("amountUsd " + show(money), Inputs.partnerWith("customers.0.revenue.0.amountUsd", money)));
    }
    for (Object value : ENUM_VALUES) {
      attacks.add(evaluate("revenue type " + show(value), Inputs.partnerWith("customers.0.revenue.0.type", value)));
    }
    for (Object value : List.of("yes", 1, "true")) {
      attacks.add(evaluate("trial " + show(value), Inputs.partnerWith("customers.0.deployments.0.trial", value)));
    }
    for (Object value : List.of(List.of(), Map.of(), 7)) {
      attacks.add(evaluate("customers " + show(value), Inputs.partnerWith("customers", value)));
    }
    attacks.add(evaluate("a null customer", Inputs.partnerWith("customers.0", null)));
    attacks.add(evaluate("a null competency", Inputs.partnerWith("competency", null)));
    for (Object locale : LOCALES) {
      attacks.add(query("name(locale: $l) with " + show(locale), "query($l: Locale) { markets { name(locale: $l) { text } } }", single("l", locale)));
    }
    attacks.add(query("a locale literal that is not a string", "{ markets { name(locale: 42) { text } } }"));
    attacks.add(query("a locale literal that is not a locale", "{ markets { name(locale: \"!!\") { text } } }"));
    for (Object url : URLS) {
      attacks.add(mutation("a credential URL " + show(url), TestKeys.MAINTAINER_SECRET, Inputs.ADD_CREDENTIAL, Inputs.credential("BAD-URL", url)));
    }
    for (Object kind : ENUM_VALUES) {
      attacks.add(mutation("a credential kind " + show(kind), TestKeys.MAINTAINER_SECRET, Inputs.ADD_CREDENTIAL,
          Inputs.credential("BAD-KIND", "https://example.com").put("kind", kind)));
    }
    for (String id : IDS) {
      attacks.add(query("node(id:) " + show(id), "query($id: ID!) { node(id: $id) { id } }", Map.of("id", id)));
      attacks.add(new Attack("evaluation(id:) " + show(id), t -> Attack.Answer.of(t.client()
          .query("query($id: ID!) { evaluation(id: $id) { id } }").variables(Map.of("id", id)).bearer(TestKeys.INTEGRATOR_SECRET).post())));
    }
    for (Object id : List.of(1, 1.5, true, List.of("a"))) {
      attacks.add(query("node(id:) of another type " + show(id), "query($id: ID!) { node(id: $id) { id } }", Map.of("id", id)));
    }
    attacks.add(mutation("setTranslation on a node id of garbage", TestKeys.MAINTAINER_SECRET, Inputs.SET_TRANSLATION,
        new io.vertx.core.json.JsonObject().put("node", "!!!").put("field", "name").put("locale", "ru-RU").put("text", "x")));
    attacks.add(mutation("setTranslation of an unknown field", TestKeys.MAINTAINER_SECRET, Inputs.SET_TRANSLATION,
        new io.vertx.core.json.JsonObject().put("node", base64("Competency:cloud-productivity")).put("field", "price").put("locale", "ru-RU")
            .put("text", "x")));
    attacks.add(mutation("setTranslation with index -1", TestKeys.MAINTAINER_SECRET, Inputs.SET_TRANSLATION,
        new io.vertx.core.json.JsonObject().put("node", base64("Competency:cloud-productivity")).put("field", "notes").put("index", -1)
            .put("locale", "ru-RU").put("text", "x")));
    return attacks;
  }

  private static Map<String, Object> single(String name, Object value) {
    Map<String, Object> map = new java.util.HashMap<>();
    map.put(name, value);
    return map;
  }

  static String base64(String text) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
  }

  static String show(Object value) {
    String text = value instanceof String s ? "\"" + s + "\"" : String.valueOf(value);
    text = text.replaceAll("\\p{Cntrl}", "?");
    return text.length() > 40 ? text.substring(0, 37) + "…(" + text.length() + ")" : text;
  }
}
