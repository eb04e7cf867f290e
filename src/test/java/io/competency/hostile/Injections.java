package io.competency.hostile;

import static io.competency.hostile.Attack.evaluate;
import static io.competency.hostile.Attack.mutation;
import static io.competency.hostile.Attack.query;

import io.competency.support.TestKeys;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Strings built to break out of where they are put — SQL, shell, templates, markup, paths, log lines —
 * and strings a database cannot keep (NUL, lone surrogates, 100,000 characters), sent as catalog slugs
 * and codes, as evaluation data and as maintainers' text. Each is data: it is found or not, accepted
 * or refused with a code, and never reaches anything as code.
 */
final class Injections {
  static final List<String> STRINGS = List.of(
      "' OR '1'='1",
      "'; DROP TABLE catalog_state; --",
      "\" OR 1=1 --",
      "1; SELECT pg_sleep(10)",
      "${jndi:ldap://example.com/a}",
      "<script>alert(1)</script>",
      "../../../../etc/passwd",
      "%00%0d%0a",
      "NUL\u0000inside",
      "\u202Eevil\u202C",
      "\ud800",
      "\uDFFF\uD800",
      "\uFEFFbom",
      "\u200B\u200C\u200D",
      "{{7*7}}",
      "$(rm -rf /)",
      "`id`",
      "\r\nX-Injected: yes",
      "line\nbreak",
      "{\"json\":true}",
      "null",
      "%s%s%s%n",
      "\\x00\\u0000",
      "😀".repeat(500),
      "a".repeat(100_000));

  private Injections() {
  }

  static List<Attack> attacks() {
    List<Attack> attacks = new ArrayList<>();
    for (String s : STRINGS) {
      String shown = BadScalars.show(s);
      attacks.add(query("competency(slug:) " + shown, "query($s: String!) { competency(slug: $s) { slug } }", Map.of("s", s)));
      attacks.add(query("credential(code:) " + shown, "query($s: String!) { credential(code: $s) { code } }", Map.of("s", s)));
      attacks.add(evaluate("a competency of " + shown, Inputs.partnerWith("competency", s)));
      attacks.add(evaluate("a customer id of " + shown, Inputs.partnerWith("customers.0.id", s)));
      attacks.add(evaluate("a workload of " + shown, Inputs.partnerWith("customers.0.deployments.0.workload", s)));
      attacks.add(evaluate("a reference and clientMutationId of " + shown,
          Inputs.partnerWith("reference", s).put("clientMutationId", s.length() > 200 ? s.substring(0, 200) : s)));
      attacks.add(mutation("a workload named " + shown, TestKeys.MAINTAINER_SECRET, Inputs.ADD_WORKLOAD,
          Inputs.workload("INJECTED_" + Math.abs(s.hashCode()), s)));
      attacks.add(mutation("a competency slug " + shown, TestKeys.MAINTAINER_SECRET, Inputs.ADD_COMPETENCY, Inputs.competency(s, "Injected")));
      attacks.add(mutation("removeTier of " + shown, TestKeys.MAINTAINER_SECRET, Inputs.REMOVE_TIER,
          new JsonObject().put("competency", "cloud-productivity").put("option", s).put("slug", s)));
    }
    attacks.add(mutation("evaluatePartner with an injected competency list", TestKeys.INTEGRATOR_SECRET, Inputs.EVALUATE_PARTNER,
        new JsonObject().put("market", "DEVELOPED").put("asOf", "2017-07-07").put("customers", new io.vertx.core.json.JsonArray())
            .put("individuals", new io.vertx.core.json.JsonArray()).put("competencies", new io.vertx.core.json.JsonArray(STRINGS.subList(0, 10)))));
    return attacks;
  }
}
