package io.competency.partnermutation;

import static io.competency.partnermutation.PartnerServer.MAINTAINER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.competency.support.GraphqlClient.Response;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The credential steps of a plan are a minimum-cost assignment of people to the role slots, not a greedy
 * one. Each row is built so that the obvious greedy choice is wrong: giving the nearest person to the
 * first role, or each person their cheapest role, or each person their shortest path, costs more than
 * the plan. The rows run over HTTP in both storage modes; the first is the Cloud CRM reseller's silver
 * step as bundled, the others are tiers a maintainer adds (existing credential codes, roles of distinct
 * people). Every row states the greedy cost and the minimum, and the plan must be exactly the minimum:
 * who earns what, for which role and by which path (the bundled tier also has a metric to raise: the
 * rows compare the credential steps).
 */
class ThePlanIsMinimalWhereAGreedyAssignmentIsNotTest {
  @RegisterExtension
  static final BothStorages servers = new BothStorages();

  private static final String X = "70-346";
  private static final String Y = "70-347";
  private static final String Z = "MCSA-OFFICE-365";
  private static final String W = "70-533";
  private static final String TRAP = "greedy-trap";

  private static final String ADD_COMPETENCY = """
      mutation($input: AddCompetencyInput!) { addCompetency(input: $input) { userErrors { code message field } } }
      """;
  private static final String ADD_OPTION = """
      mutation($input: AddOptionInput!) { addOption(input: $input) { userErrors { code message field } } }
      """;
  private static final String ADD_TIER = """
      mutation($input: AddTierInput!) { addTier(input: $input) { userErrors { code message field } } }
      """;

  private static final Set<Storage> trapsAdded = ConcurrentHashMap.newKeySet();

  /** One case: a tier (bundled, or added as option {@code option} of the trap competency), the people, the plan. */
  record Case(String competency, String option, List<Map<String, Object>> roles, Partner people, List<String> plan) {
  }

  static Stream<Arguments> cases() {
    return Stream.of(
        // Cloud CRM reseller, silver, as bundled: role 0 = one person with one of MB2-714/713/709 and one of
        // MB2-710/706; role 1 = another with one of MB2-712/707. Ana holds MB2-714 and MB2-712, Bob MB2-714.
        // The nearest person to role 0 is Ana (1 to earn, and first), leaving Bob 1 to earn for role 1: 2.
        // The minimum is 1: Ana fills role 1 as she is, Bob earns MB2-710 or MB2-706 for role 0.
        row("the nearest person to the first role is wrong (bundled Cloud CRM silver)",
            new Case("cloud-customer-relationship-management", "cloud-crm-reseller", null,
                Partner.in(Partner.DEVELOPED).individual("ana", "MB2-714", "MB2-712").individual("bob", "MB2-714"),
                List.of("bob role 0 path 0 [MB2-710, MB2-706]"))),
        // Role 0: one person with X and Y, or with Z. Role 1: one with X. Pia holds X, Quinn nothing. Greedy by
        // role: Pia to role 0 (1 to earn), Quinn to role 1 (1): 2. Minimum 1: Pia fills role 1 as she is,
        // and Quinn takes role 0's shorter path, earning Z.
        row("the nearest person to the first role is wrong, and the other takes the shorter path",
            new Case(TRAP, "roles-and-paths", List.of(
                role(1, List.of(List.of(X), List.of(Y)), List.of(List.of(Z))),
                role(1, List.of(List.of(X)))),
                Partner.in(Partner.DEVELOPED).individual("pia", X).individual("quinn"),
                List.of("quinn role 0 path 1 [MCSA-OFFICE-365]"))),
        // Role 0: one person with X. Role 1: one person with X and W and Y. Rae holds X, W and Y (0 for
        // either role); Sam holds W (1 for role 0, 2 for role 1). Each person to their cheapest role, in
        // input order: Rae takes role 0, Sam role 1 (2 to earn). Minimum 1: Rae role 1, Sam earns X for role 0.
        row("each person taking their cheapest role is wrong",
            new Case(TRAP, "cheapest-role", List.of(
                role(1, List.of(List.of(X))),
                role(1, List.of(List.of(X), List.of(W), List.of(Y)))),
                Partner.in(Partner.DEVELOPED).individual("rae", X, W, Y).individual("sam", W),
                List.of("sam role 0 path 0 [70-346]"))),
        // Role 0: two people with X and Y, or with Z. Role 1: one with X. Uma and Vic hold X, Wes holds Y.
        // Greedy by role: Uma and Vic to role 0 (1 each), Wes to role 1 (1): 3. Minimum 2: Uma or Vic fills
        // role 1 as they are; the other earns Y and Wes earns X for role 0. Of the two, the first slot (role
        // 0) takes the earlier person, Uma.
        row("two slots of the first role taken greedily leave the second one expensive",
            new Case(TRAP, "two-slots", List.of(
                role(2, List.of(List.of(X), List.of(Y)), List.of(List.of(Z))),
                role(1, List.of(List.of(X)))),
                Partner.in(Partner.DEVELOPED).individual("uma", X).individual("vic", X).individual("wes", Y),
                List.of("uma role 0 path 0 [70-347]", "wes role 0 path 0 [70-346]"))),
        // Role 0: one person with X and Y and W, or with Z and W. Role 1: one person with Z. Xia holds Z and
        // W (0 for role 0 by its second path, 0 for role 1); Yan holds X and Y (1 for role 0 by its first
        // path, 1 for role 1). Xia's shortest path makes her the first role's obvious pick, then Yan earns
        // Z: 1, as good as Xia to role 1 and Yan earning W. Both cost 1; ties go to people earlier in the
        // input: Xia fills a slot either way, so the first slot, role 0, goes to Xia.
        row("a tie between two minimum plans goes to the earlier person in the earlier role",
            new Case(TRAP, "tie", List.of(
                role(1, List.of(List.of(X), List.of(Y), List.of(W)), List.of(List.of(Z), List.of(W))),
                role(1, List.of(List.of(Z)))),
                Partner.in(Partner.DEVELOPED).individual("xia", Z, W).individual("yan", X, Y),
                List.of("yan role 1 path 0 [MCSA-OFFICE-365]"))),
        // Role 0: three people with X. Only Zoe holds X: two people the partner does not have yet earn it.
        row("people the partner does not have fill what its people cannot",
            new Case(TRAP, "newcomers", List.of(role(3, List.of(List.of(X)))),
                Partner.in(Partner.DEVELOPED).individual("zoe", X).individual("al", Y),
                List.of("al role 0 path 0 [70-346]", "new 1 role 0 path 0 [70-346]"))));
  }

  @ParameterizedTest(name = "{0} ({1})")
  @MethodSource("rows")
  void thePlanIsTheMinimumAssignment(String name, Storage storage, Case c) {
    PartnerServer server = servers.in(storage);
    addTraps(server);
    JsonArray evaluations = server.evaluations(c.people().copy().with("competencies", List.of(c.competency())).input());
    JsonObject evaluation = evaluations.stream().map(JsonObject.class::cast)
        .filter(e -> e.getJsonObject("option").getString("slug").equals(c.option())).findFirst().orElseThrow();

    JsonArray steps = evaluation.getJsonArray("nextSteps");
    JsonArray credentials = new JsonArray(steps.stream().filter(s -> ((JsonObject) s).getString("kind").equals("EARN_CREDENTIAL")).toList());
    assertEquals(c.plan(), describe(credentials), () -> name + ": " + steps);
    for (Object step : credentials) {
      JsonObject s = (JsonObject) step;
      for (String locale : List.of("explanation", "ru", "ko")) {
        assertTrue(s.getJsonObject(locale).getString("text").contains(s.getJsonArray("anyOf").getJsonObject(0).getString("code")), s::toString);
      }
    }
    Partner followed = new PlanFollower(new java.util.Random(7)).follow(c.people(), steps);
    JsonObject after = server.evaluation(followed.inputFor(c.competency(), c.option()));
    assertEquals(true, after.getJsonArray("tiers").getJsonObject(0).getBoolean("met"), () -> "following " + steps + ": " + after);
  }

  static Stream<Arguments> rows() {
    return cases().flatMap(row -> Stream.of(Storage.values()).map(storage -> {
      Object[] values = row.get();
      return Arguments.of(values[0], storage, values[1]);
    }));
  }

  /** Each step as {@code person role r path p [codes]}, a new person as {@code new n}. */
  private static List<String> describe(JsonArray steps) {
    List<String> out = new ArrayList<>();
    for (Object step : steps) {
      JsonObject s = (JsonObject) step;
      String person = s.getString("individualId") != null ? s.getString("individualId") : "new " + s.getInteger("newIndividual");
      out.add(person + " role " + s.getInteger("role") + " path " + s.getInteger("path") + " "
          + s.getJsonArray("anyOf").stream().map(c -> ((JsonObject) c).getString("code")).toList());
    }
    return out;
  }

  /** The trap competency with one option per added case, each a single tier of one skill requirement. */
  private static void addTraps(PartnerServer server) {
    if (!trapsAdded.add(server.storage())) {
      return;
    }
    maintain(server, ADD_COMPETENCY, Map.of("slug", TRAP, "name", texts("Greedy traps")));
    cases().map(row -> (Case) row.get()[1]).filter(c -> c.competency().equals(TRAP)).forEach(c -> {
      maintain(server, ADD_OPTION, Map.of("competency", TRAP, "slug", c.option(), "name", texts(c.option())));
      maintain(server, ADD_TIER, Map.of("competency", TRAP, "option", c.option(), "slug", "silver", "rank", 1, "name", texts("Silver"),
          "requirements", List.of(Map.of("skill", Map.of("title", texts("People in roles."), "roles", c.roles())))));
    });
  }

  private static void maintain(PartnerServer server, String document, Map<String, Object> input) {
    Response response = server.client().query(document).variables(Map.of("input", input)).bearer(MAINTAINER).post().assertWellFormed();
    assertTrue(response.errors().isEmpty(), response::toString);
    JsonObject data = response.json().getJsonObject("data");
    assertEquals(new JsonArray(), data.getJsonObject(data.fieldNames().iterator().next()).getJsonArray("userErrors"), response::toString);
  }

  /** A role of {@code individuals} people qualified by any of {@code paths}, each a list of choices (lists of codes). */
  @SafeVarargs
  private static Map<String, Object> role(int individuals, List<List<String>>... paths) {
    return Map.of("individuals", individuals, "paths", Stream.of(paths)
        .map(path -> Map.of("choices", path.stream().map(choice -> Map.of("anyOf", choice)).toList())).toList());
  }

  private static List<Map<String, String>> texts(String english) {
    return List.of(Map.of("locale", "en-US", "text", english));
  }

  private static Arguments row(String name, Case c) {
    return Arguments.of(name, c);
  }
}
