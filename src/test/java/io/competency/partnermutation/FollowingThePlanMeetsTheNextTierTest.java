package io.competency.partnermutation;

import static io.competency.partnermutation.Partner.customer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.competency.support.GraphqlClient.Response;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The property that makes a plan worth following: for partners generated from fixed seeds, and for every
 * option of the bundled catalog, doing exactly what {@code nextSteps} says ({@link PlanFollower}: the
 * credentials to those people, new people for new individuals, the amounts as facts that count, the
 * authorizations) makes the next tier met; and the plan holds nothing to spare: one step left out (a
 * credential, an authorization) or a metric raised by 1 less leaves the next tier unmet. A metric step
 * is weakened only when it is the plan's only one, since facts added for one metric may count toward
 * another. Partners are evaluated with {@code evaluatePartner} on PostgreSQL; the followed plans with
 * {@code evaluate}, one option at a time.
 *
 * <p>The generated partners mix everything the catalog reads: customers with 0–2 associations, dates
 * inside and outside every window or none, trials, deployments of any workload, revenue lines of every
 * type (credits too), shipments, authorizations, and people holding parts of the catalog's paths.
 */
class FollowingThePlanMeetsTheNextTierTest {
  private static final int SEEDS = 12;
  private static final LocalDate AS_OF = LocalDate.parse(Partner.AS_OF);
  private static final String VOCABULARY = """
      { workloads { code } associationTypes { code } authorizations { code } credentials { code }
        competencies(first: 100) { edges { node { options { tiers { requirements {
          ... on SkillRequirement { roles { paths { choices { anyOf { code } } } } } } } } } } } }
      """;

  /** Every kind of step, metric and person there is, and a plan from silver: the generated partners must lead to each. */
  private static final Set<String> EVERY_KIND_OF_STEP = Set.of("RAISE_METRIC ACTIVE_ENTITLEMENTS", "RAISE_METRIC NEW_CUSTOMERS",
      "RAISE_METRIC NET_NEW_REVENUE", "RAISE_METRIC REVENUE", "RAISE_METRIC CONSUMPTION", "RAISE_METRIC DEVICES_SHIPPED",
      "GAIN_AUTHORIZATION", "EARN_CREDENTIAL by someone", "EARN_CREDENTIAL by someone new", "a plan from an achieved tier to the next");

  private static PartnerServer server;
  private static Vocabulary vocabulary;
  private static final Set<String> followedKinds = ConcurrentHashMap.newKeySet();
  private static final Set<Long> seedsRun = ConcurrentHashMap.newKeySet();

  @BeforeAll
  static void start() {
    server = PartnerServer.start(Storage.POSTGRESQL);
    vocabulary = Vocabulary.read(server.client().query(VOCABULARY).post());
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.close();
    }
    if (seedsRun.size() == SEEDS) {
      assertEquals(EVERY_KIND_OF_STEP, Set.copyOf(followedKinds), "the generated partners lead to every kind of step");
    }
  }

  static Stream<Long> seeds() {
    return LongStream.range(0, SEEDS).boxed();
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void followingThePlanOfEveryOptionMeetsItsNextTierAndNoStepIsToSpare(long seed) {
    Random random = new Random(seed);
    Partner partner = vocabulary.partner(random);
    JsonArray evaluations = server.evaluations(partner.input());
    assertEquals(vocabulary.options, evaluations.size(), "one evaluation per option of the catalog");

    PlanFollower follower = new PlanFollower(random);
    int followed = 0;
    for (Object e : evaluations) {
      JsonObject evaluation = (JsonObject) e;
      String option = evaluation.getJsonObject("competency").getString("slug") + "/" + evaluation.getJsonObject("option").getString("slug");
      JsonArray steps = evaluation.getJsonArray("nextSteps");
      JsonObject nextTier = evaluation.getJsonObject("nextTier");
      if (nextTier == null) {
        assertEquals(new JsonArray(), steps, option + ": no next tier, nothing to do");
        continue;
      }
      assertFalse(steps.isEmpty(), option + ": the next tier is not met, so the plan has steps");

      JsonObject after = evaluate(follower.follow(partner, steps), evaluation);
      assertTrue(met(after, nextTier.getString("slug")), () -> option + " (seed " + seed + "): following " + steps
          + " leaves " + nextTier.getString("slug") + " unmet: " + after.getJsonArray("tiers"));
      followed++;
      steps.forEach(step -> followedKinds.add(kindOf((JsonObject) step)));
      if (evaluation.getJsonObject("achievedTier") != null) {
        followedKinds.add("a plan from an achieved tier to the next");
      }

      int weakened = weakenable(steps, random);
      JsonObject short1 = evaluate(follower.followAllBut(partner, steps, weakened), evaluation);
      assertFalse(met(short1, nextTier.getString("slug")), () -> option + " (seed " + seed + "): step " + steps.getValue(weakened)
          + " was to spare: the tier is met without it");
    }
    assertTrue(followed > 0, "some option has a next tier");
    seedsRun.add(seed);
  }

  private static String kindOf(JsonObject step) {
    return switch (step.getString("kind")) {
      case "RAISE_METRIC" -> "RAISE_METRIC " + step.getString("metric");
      case "EARN_CREDENTIAL" -> step.getString("individualId") != null ? "EARN_CREDENTIAL by someone" : "EARN_CREDENTIAL by someone new";
      default -> step.getString("kind");
    };
  }

  /** A step that, left out (or for a metric, raised by 1 less), must leave the tier unmet. */
  private static int weakenable(JsonArray steps, Random random) {
    List<String> kinds = PlanFollower.kinds(steps);
    boolean oneMetricStep = kinds.stream().filter("RAISE_METRIC"::equals).count() == 1;
    List<Integer> candidates = new ArrayList<>();
    for (int i = 0; i < kinds.size(); i++) {
      if (!kinds.get(i).equals("RAISE_METRIC") || oneMetricStep) {
        candidates.add(i);
      }
    }
    return candidates.get(random.nextInt(candidates.size()));
  }

  private static JsonObject evaluate(Partner partner, JsonObject evaluation) {
    JsonObject after = server.evaluation(partner.inputFor(evaluation.getJsonObject("competency").getString("slug"),
        evaluation.getJsonObject("option").getString("slug")));
    assertNotNull(after);
    return after;
  }

  private static boolean met(JsonObject evaluation, String tier) {
    return evaluation.getJsonArray("tiers").stream().map(JsonObject.class::cast)
        .filter(t -> t.getJsonObject("tier").getString("slug").equals(tier)).findFirst().orElseThrow().getBoolean("met");
  }

  /** The catalog's codes, and the paths of its skill requirements (so that people hold parts of them). */
  private static final class Vocabulary {
    final List<String> workloads;
    final List<String> associations;
    final List<String> authorizations;
    final List<String> credentials;
    final List<List<List<String>>> paths = new ArrayList<>();
    int options;

    private Vocabulary(Response response) {
      workloads = codes(response.dataList("workloads"));
      associations = codes(response.dataList("associationTypes"));
      authorizations = codes(response.dataList("authorizations"));
      credentials = codes(response.dataList("credentials"));
      for (Object edge : response.dataList("competencies.edges")) {
        for (Object option : ((JsonObject) edge).getJsonObject("node").getJsonArray("options")) {
          options++;
          for (Object tier : ((JsonObject) option).getJsonArray("tiers")) {
            for (Object requirement : ((JsonObject) tier).getJsonArray("requirements")) {
              JsonArray roles = ((JsonObject) requirement).getJsonArray("roles");
              for (Object role : roles == null ? new JsonArray() : roles) {
                for (Object path : ((JsonObject) role).getJsonArray("paths")) {
                  List<List<String>> choices = new ArrayList<>();
                  for (Object choice : ((JsonObject) path).getJsonArray("choices")) {
                    choices.add(codes(((JsonObject) choice).getJsonArray("anyOf")));
                  }
                  paths.add(choices);
                }
              }
            }
          }
        }
      }
    }

    static Vocabulary read(Response response) {
      assertTrue(response.errors().isEmpty(), response::toString);
      return new Vocabulary(response);
    }

    private static List<String> codes(JsonArray items) {
      return items.stream().map(i -> ((JsonObject) i).getString("code")).toList();
    }

    Partner partner(Random random) {
      Partner partner = Partner.in(random.nextBoolean() ? Partner.DEVELOPED : Partner.DEVELOPING);
      int customers = random.nextInt(13);
      for (int c = 0; c < customers; c++) {
        partner.customer(customerOf(random, "customer-" + c));
      }
      int people = random.nextInt(11);
      for (int p = 0; p < people; p++) {
        partner.individual("person-" + p, held(random).toArray(String[]::new));
      }
      int shipments = random.nextInt(4);
      for (int s = 0; s < shipments; s++) {
        String workload = random.nextBoolean() ? "SURFACE_HUB" : pick(random, workloads);
        partner.shipment(workload, date(random), 1 + random.nextInt(60));
      }
      for (String authorization : authorizations) {
        if (random.nextInt(3) == 0) {
          partner.authorization(authorization);
        }
      }
      return partner;
    }

    private Partner.Customer customerOf(Random random, String id) {
      List<String> held = new ArrayList<>();
      int count = random.nextInt(3);
      for (int a = 0; a < count; a++) {
        held.add(pick(random, associations));
      }
      Partner.Customer customer = customer(id, held.toArray(String[]::new));
      if (random.nextInt(5) > 0) {
        customer.since(date(random));
      }
      Set<String> deployed = new LinkedHashSet<>();
      int deployments = random.nextInt(5);
      for (int d = 0; d < deployments; d++) {
        deployed.add(pick(random, workloads));
      }
      for (String workload : deployed) {
        int users = random.nextInt(4) == 0 ? random.nextInt(3000) : random.nextInt(300);
        customer.deployment(workload, users, random.nextInt(5) == 0, random.nextInt(3) == 0 ? date(random) : null);
      }
      int lines = random.nextInt(4);
      for (int l = 0; l < lines; l++) {
        int cents = random.nextInt(20_000_000) - 500_000;
        String amount = (cents < 0 ? "-" : "") + Math.abs(cents) / 100 + "." + String.format("%02d", Math.abs(cents) % 100);
        customer.revenue(pick(random, workloads), date(random), amount, List.of("NET_NEW", "RENEWAL", "CONSUMPTION").get(random.nextInt(3)));
      }
      return customer;
    }

    /** Credentials of a person: often part of one of the catalog's paths, sometimes all of it, and a few at random. */
    private Set<String> held(Random random) {
      Set<String> held = new LinkedHashSet<>();
      if (random.nextInt(3) > 0) {
        for (List<String> choice : paths.get(random.nextInt(paths.size()))) {
          if (random.nextInt(10) < 7) {
            held.add(pick(random, choice));
          }
        }
      }
      int extra = random.nextInt(3);
      for (int i = 0; i < extra; i++) {
        held.add(pick(random, credentials));
      }
      return held;
    }

    private static String date(Random random) {
      return AS_OF.minusDays(random.nextInt(900) - 60).toString();
    }

    private static String pick(Random random, List<String> from) {
      return from.get(random.nextInt(from.size()));
    }
  }
}
