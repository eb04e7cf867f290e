package io.competency.partnermutation;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.Random;

/**
 * A partner following a plan ({@code Evaluation.nextSteps}) to the letter, each step turned into data
 * that counts for it:
 * <ul>
 *   <li>RAISE_METRIC: a new customer, dated {@code asOf} (inside every window), with the requirement's
 *       first qualifying association (none when it needs none), holding {@code amount} of the metric on
 *       the metric's first eligible workload: a paid deployment of that many active users
 *       (ACTIVE_ENTITLEMENTS), that many customers each with a deployment (NEW_CUSTOMERS, no users), a
 *       revenue line of that many dollars of a type the metric sums (NET_NEW for net new revenue, RENEWAL
 *       for gross license revenue, CONSUMPTION), or a shipment of that many devices (DEVICES_SHIPPED);</li>
 *   <li>GAIN_AUTHORIZATION: the partner holds the authorization;</li>
 *   <li>EARN_CREDENTIAL: the person earns one credential of {@code anyOf}, picked by {@code random}; a
 *       new person {@code n} is the individual {@code new-n}, the same one in every requirement.</li>
 * </ul>
 */
final class PlanFollower {
  private final Random random;
  private int customers;

  PlanFollower(Random random) {
    this.random = random;
  }

  /** A copy of {@code partner} with every step of {@code steps} followed. */
  Partner follow(Partner partner, JsonArray steps) {
    return follow(partner, steps, -1, false);
  }

  /**
   * A copy of {@code partner} with every step followed but one, {@code weakened}: an EARN_CREDENTIAL or
   * GAIN_AUTHORIZATION step left out, a RAISE_METRIC step followed with 1 less.
   */
  Partner followAllBut(Partner partner, JsonArray steps, int weakened) {
    return follow(partner, steps, weakened, true);
  }

  private Partner follow(Partner partner, JsonArray steps, int weakened, boolean weaken) {
    Partner followed = partner.copy();
    for (int i = 0; i < steps.size(); i++) {
      JsonObject step = steps.getJsonObject(i);
      boolean weak = weaken && i == weakened;
      switch (step.getString("kind")) {
        case "RAISE_METRIC" -> raise(followed, step, step.getInteger("amount") - (weak ? 1 : 0));
        case "GAIN_AUTHORIZATION" -> {
          if (!weak) {
            followed.authorization(step.getJsonObject("authorization").getString("code"));
          }
        }
        case "EARN_CREDENTIAL" -> {
          if (!weak) {
            JsonArray anyOf = step.getJsonArray("anyOf");
            String code = anyOf.getJsonObject(random.nextInt(anyOf.size())).getString("code");
            String person = step.getString("individualId") != null ? step.getString("individualId") : "new-" + step.getInteger("newIndividual");
            followed.earns(person, code);
          }
        }
        default -> throw new IllegalArgumentException("a step of an unknown kind: " + step);
      }
    }
    return followed;
  }

  private void raise(Partner partner, JsonObject step, int amount) {
    if (amount <= 0) {
      return;
    }
    JsonObject requirement = step.getJsonObject("requirement");
    String metric = step.getString("metric");
    JsonObject threshold = requirement.getJsonArray("metrics").stream().map(JsonObject.class::cast)
        .filter(m -> m.getString("metric").equals(metric)).findFirst().orElseThrow();
    String workload = threshold.getJsonArray("eligibleWorkloads").getJsonObject(0).getString("code");
    JsonArray associations = requirement.getJsonArray("qualifyingAssociations");
    String[] association = associations.isEmpty() ? new String[0] : new String[] {associations.getJsonObject(0).getString("code")};
    String asOf = Partner.AS_OF;
    switch (metric) {
      case "ACTIVE_ENTITLEMENTS" -> partner.customer(newCustomer(partner, association, asOf).deployment(workload, amount, false, asOf));
      case "NEW_CUSTOMERS" -> {
        for (int k = 0; k < amount; k++) {
          partner.customer(newCustomer(partner, association, asOf).deployment(workload, 0, false, asOf));
        }
      }
      case "NET_NEW_REVENUE" -> partner.customer(newCustomer(partner, association, asOf).revenue(workload, asOf, amount + ".00", "NET_NEW"));
      case "REVENUE" -> partner.customer(newCustomer(partner, association, asOf).revenue(workload, asOf, amount + ".00", "RENEWAL"));
      case "CONSUMPTION" -> partner.customer(newCustomer(partner, association, asOf).revenue(workload, asOf, amount + ".00", "CONSUMPTION"));
      case "DEVICES_SHIPPED" -> partner.shipment(workload, asOf, amount);
      default -> throw new IllegalArgumentException("a metric this follower does not know: " + metric);
    }
  }

  private Partner.Customer newCustomer(Partner partner, String[] association, String since) {
    String id;
    do {
      id = "plan-customer-" + ++customers;
    } while (partner.hasCustomer(id));
    return Partner.customer(id, association).since(since);
  }

  /** The kinds of steps, in order. */
  static List<String> kinds(JsonArray steps) {
    return steps.stream().map(s -> ((JsonObject) s).getString("kind")).toList();
  }
}
