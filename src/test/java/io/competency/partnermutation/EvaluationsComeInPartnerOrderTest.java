package io.competency.partnermutation;

import static io.competency.partnermutation.Partner.customer;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.competency.support.GraphqlClient.Response;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@code evaluatePartner} answers in DESIGN's order: the highest achieved tier first (none is lowest),
 * then the option closest to its next tier, then catalog order. Closeness is the sum over the next tier
 * of shortfall ÷ required, for each metric, each missing authorization (1 of 1) and each skill
 * requirement (people), compared exactly. The order is checked against that rule worked out here from
 * what each evaluation says, and against cases worked out by hand; in both storage modes.
 */
class EvaluationsComeInPartnerOrderTest {
  @RegisterExtension
  static final BothStorages servers = new BothStorages();

  private static final String CATALOG_ORDER = "{ competencies(first: 100) { edges { node { slug options { slug } } } } }";

  /**
   * Cloud Productivity gold (4,000 active entitlements, 2 MCSA holders) and Application Builder silver
   * (2 people with one of its exams) with 3 of gold's 4 MCSD holders: one person short, 1/4 from gold.
   */
  private static Partner goldAndSilver() {
    return Partner.in(Partner.DEVELOPED)
        .customer(customer("contoso", "DELEGATED_ADMIN").deployment("EXCHANGE_ONLINE", 4000))
        .individual("ana", "MCSA-OFFICE-365", "70-480")
        .individual("ben", "MCSA-OFFICE-365", "70-483")
        .individual("cy", "MCSD-APP-BUILDER")
        .individual("di", "MCSD-APP-BUILDER")
        .individual("ed", "MCSD-APP-BUILDER");
  }

  @ParameterizedTest
  @EnumSource(Storage.class)
  void theOnlyGoldComesFirstThenTheSilverClosestToGold(Storage storage) {
    JsonArray evaluations = servers.in(storage).evaluations(goldAndSilver().input());

    assertEquals("cloud-productivity/managed-service-partner gold", describe(evaluations.getJsonObject(0)));
    assertEquals("application-development/application-builder silver", describe(evaluations.getJsonObject(1)));
    assertEquals(new Fraction(BigInteger.ONE, BigInteger.valueOf(4)), distance(evaluations.getJsonObject(1)));
  }

  @ParameterizedTest
  @EnumSource(Storage.class)
  void theOrderIsRankThenDistanceThenCatalogOrder(Storage storage) {
    PartnerServer server = servers.in(storage);
    List<String> catalog = catalogOrder(server);
    for (Partner partner : List.of(goldAndSilver(), Partner.in(Partner.DEVELOPING), Partner.in(Partner.DEVELOPED)
        .customer(customer("fabrikam", "DYNAMICS_DIGITAL_PARTNER_OF_RECORD").revenue("CRM_ONLINE", "2017-03-01", "60000.00", "NET_NEW"))
        .shipment("SURFACE_HUB", "2017-05-01", 20)
        .authorization("SURFACE_HUB_ADR")
        .individual("fay", "MB2-714", "MB2-712"))) {
      JsonArray evaluations = server.evaluations(partner.input());
      List<JsonObject> expected = new ArrayList<>(evaluations.stream().map(JsonObject.class::cast).toList());
      expected.sort(Comparator.<JsonObject, Integer>comparing(e -> rank(e), Comparator.reverseOrder())
          .thenComparing(EvaluationsComeInPartnerOrderTest::distance)
          .thenComparing(e -> catalog.indexOf(option(e))));

      assertEquals(catalog.size(), evaluations.size(), "every option once");
      assertEquals(expected.stream().map(EvaluationsComeInPartnerOrderTest::option).toList(),
          evaluations.stream().map(e -> option((JsonObject) e)).toList());
    }
  }

  @ParameterizedTest
  @EnumSource(Storage.class)
  void optionsAsFarFromTheirNextTierComeInCatalogOrder(Storage storage) {
    PartnerServer server = servers.in(storage);
    List<String> catalog = catalogOrder(server);
    JsonArray evaluations = server.evaluations(Partner.in(Partner.DEVELOPED).input());

    List<String> sameDistance = evaluations.stream().map(JsonObject.class::cast)
        .filter(e -> distance(e).equals(new Fraction(BigInteger.TWO, BigInteger.ONE))).map(EvaluationsComeInPartnerOrderTest::option).toList();
    assertEquals(true, sameDistance.size() > 2, sameDistance::toString);
    assertEquals(sameDistance.stream().sorted(Comparator.comparing(catalog::indexOf)).toList(), sameDistance);
  }

  private static List<String> catalogOrder(PartnerServer server) {
    Response response = server.client().query(CATALOG_ORDER).post();
    List<String> out = new ArrayList<>();
    for (Object edge : response.dataList("competencies.edges")) {
      JsonObject node = ((JsonObject) edge).getJsonObject("node");
      node.getJsonArray("options").forEach(o -> out.add(node.getString("slug") + "/" + ((JsonObject) o).getString("slug")));
    }
    return out;
  }

  private static String option(JsonObject evaluation) {
    return evaluation.getJsonObject("competency").getString("slug") + "/" + evaluation.getJsonObject("option").getString("slug");
  }

  private static String describe(JsonObject evaluation) {
    JsonObject achieved = evaluation.getJsonObject("achievedTier");
    return option(evaluation) + " " + (achieved == null ? "none" : achieved.getString("slug"));
  }

  private static int rank(JsonObject evaluation) {
    JsonObject achieved = evaluation.getJsonObject("achievedTier");
    return achieved == null ? 0 : achieved.getInteger("rank");
  }

  /** Σ shortfall ÷ required over the next tier: each metric, each missing authorization, each skill requirement. */
  private static Fraction distance(JsonObject evaluation) {
    JsonObject next = evaluation.getJsonObject("nextTier");
    Fraction sum = Fraction.ZERO;
    if (next == null) {
      return sum;
    }
    JsonObject tier = evaluation.getJsonArray("tiers").stream().map(JsonObject.class::cast)
        .filter(t -> t.getJsonObject("tier").getString("slug").equals(next.getString("slug"))).findFirst().orElseThrow();
    for (Object r : tier.getJsonArray("requirements")) {
      JsonObject result = (JsonObject) r;
      if (result.getString("__typename").equals("PerformanceResult")) {
        for (Object m : result.getJsonArray("metrics")) {
          sum = sum.plus(Fraction.of(((JsonObject) m).getInteger("shortfall"), ((JsonObject) m).getInteger("required")));
        }
        sum = sum.plus(Fraction.of(result.getJsonArray("missingAuthorizations").size(), 1));
      } else {
        sum = sum.plus(Fraction.of(result.getInteger("shortfall"), result.getInteger("required")));
      }
    }
    return sum;
  }

  /** An exact non-negative fraction. */
  private record Fraction(BigInteger numerator, BigInteger denominator) implements Comparable<Fraction> {
    static final Fraction ZERO = new Fraction(BigInteger.ZERO, BigInteger.ONE);

    static Fraction of(long numerator, long denominator) {
      return denominator == 0 ? ZERO : reduced(BigInteger.valueOf(numerator), BigInteger.valueOf(denominator));
    }

    Fraction plus(Fraction other) {
      return reduced(numerator.multiply(other.denominator).add(other.numerator.multiply(denominator)), denominator.multiply(other.denominator));
    }

    private static Fraction reduced(BigInteger n, BigInteger d) {
      BigInteger gcd = n.gcd(d);
      return gcd.signum() == 0 ? ZERO : new Fraction(n.divide(gcd), d.divide(gcd));
    }

    @Override
    public int compareTo(Fraction other) {
      return numerator.multiply(other.denominator).compareTo(other.numerator.multiply(denominator));
    }
  }
}
