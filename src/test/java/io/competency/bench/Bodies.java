package io.competency.bench;

import io.vertx.core.json.Json;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The request bodies of the benchmark: the whole Cloud Productivity page as a front end asks for it,
 * and evaluations of generated partners, with deployments or with revenue lines. {@link #SLOT} in a body marks where the load generator puts
 * a number of its own for each request (a variable no field reads, or a {@code clientMutationId}), so
 * that no two requests are the same.
 */
final class Bodies {
  /** Replaced by a request number in each request sent. */
  static final String SLOT = "@@N@@";

  /** Every field the Cloud Productivity page shows, as one front-end query (about 9 KB of JSON in ru-RU). */
  static final String PAGE = """
      query Page($slug: String!) {
        competency(slug: $slug) {
          id slug name { ...Text } description { ...Text }
          options {
            id slug name { ...Text } description { ...Text }
            tiers {
              id slug rank name { ...Text }
              requirements {
                __typename id position title { ...Text } notes { ...Text }
                ... on PerformanceRequirement {
                  metrics { metric windowMonths thresholds { market { code name { ...Text } } value description { ...Text } } }
                  eligibleWorkloads { code name { ...Text } }
                  excludesTrials
                  qualifyingAssociations { code name { ...Text } }
                }
                ... on SkillRequirement {
                  individuals
                  paths { description { ...Text } choices { anyOf { code kind url title { ...Text } } } }
                }
              }
            }
          }
        }
      }
      fragment Text on LocalizedText { text locale fallback }
      """;

  static final String EVALUATE = """
      mutation Evaluate($input: EvaluateInput!) {
        evaluate(input: $input) {
          evaluation {
            id achievedTier { slug } nextTier { slug }
            tiers { tier { slug } met requirements { met required actual shortfall explanation { text } } }
          }
          userErrors { code message field }
        }
      }
      """;

  private static final String[] WORKLOADS = {"EXCHANGE_ONLINE", "SHAREPOINT_ONLINE", "SKYPE_FOR_BUSINESS", "YAMMER", "PROPLUS"};
  private static final String[] ASSOCIATIONS = {"DELEGATED_ADMIN", "TRANSACTING_PARTNER", "DIGITAL_PARTNER_OF_RECORD", "FAST_TRACK_PARTNER"};

  private Bodies() {
  }

  /** The page query; with {@code slot}, a {@code nonce} variable that no field reads makes each request unique. */
  static String page(boolean slot) {
    Map<String, Object> variables = slot ? Map.of("slug", "cloud-productivity", "nonce", SLOT) : Map.of("slug", "cloud-productivity");
    return Json.encode(Map.of("query", PAGE, "variables", variables));
  }

  /** Every option's verdict and plan: {@link #EVALUATE}'s selection for each evaluation, with its next steps. */
  static final String EVALUATE_PARTNER = """
      mutation EvaluatePartner($input: EvaluatePartnerInput!) {
        evaluatePartner(input: $input) {
          evaluations {
            id achievedTier { slug } nextTier { slug }
            tiers { tier { slug } met requirements { met required actual shortfall explanation { text } } }
            nextSteps { kind metric amount individualId newIndividual anyOf { code } explanation { text } }
          }
          userErrors { code message field }
        }
      }
      """;

  /**
   * An evaluation of a generated partner in the developed market: customer {@code i} has a deployment of
   * every eligible workload, one qualifying association in turn (none for every 100th), and a ProPlus
   * trial every 50th; individuals hold both exams, the MCSA or only 70-346 in turn. With a
   * {@code clientMutationId} prefix, each request's id is that prefix and the request number.
   */
  static String evaluate(int customers, int individuals, String clientMutationIdPrefix) {
    return partner(EVALUATE, "\"competency\":\"cloud-productivity\",", customers, individuals, clientMutationIdPrefix);
  }

  /** The same partner's data sent to {@code evaluatePartner}: every option of the catalog, at once. */
  static String evaluatePartner(int customers, int individuals) {
    return partner(EVALUATE_PARTNER, "", customers, individuals, null);
  }

  private static String partner(String document, String competency, int customers, int individuals, String clientMutationIdPrefix) {
    StringBuilder json = new StringBuilder(customers * 400 + individuals * 80 + document.length() + 256);
    json.append("{\"query\":").append(Json.encode(document))
        .append(",\"variables\":{\"input\":{").append(competency).append("\"market\":\"DEVELOPED\",\"asOf\":\"2017-07-07\",");
    if (clientMutationIdPrefix != null) {
      json.append("\"clientMutationId\":\"").append(clientMutationIdPrefix).append(SLOT).append("\",");
    }
    json.append("\"customers\":[");
    for (int i = 0; i < customers; i++) {
      json.append(i == 0 ? "" : ",").append("{\"id\":\"customer-").append(i).append("\",\"associations\":[");
      if (i % 100 != 99) {
        json.append('"').append(ASSOCIATIONS[i % ASSOCIATIONS.length]).append('"');
      }
      json.append("],\"deployments\":[");
      for (int w = 0; w < WORKLOADS.length; w++) {
        json.append(w == 0 ? "" : ",").append("{\"workload\":\"").append(WORKLOADS[w]).append("\",\"activeUsers\":")
            .append(1 + (5 * i + w) % 97).append(",\"trial\":").append(w == 4 && i % 50 == 0).append('}');
      }
      json.append("]}");
    }
    json.append("],\"individuals\":[");
    for (int j = 0; j < individuals; j++) {
      String credentials = switch (j % 3) {
        case 0 -> "\"70-346\",\"70-347\"";
        case 1 -> "\"MCSA-OFFICE-365\"";
        default -> "\"70-346\"";
      };
      json.append(j == 0 ? "" : ",").append("{\"id\":\"individual-").append(j).append("\",\"credentials\":[").append(credentials).append("]}");
    }
    return json.append("]}}}").toString();
  }

  private static final String[] CRM_WORKLOADS = {"CRM_ONLINE", "DYNAMICS_365_PLAN_1", "CRM_ONLINE", "DYNAMICS_365_PLAN_1", "CRM_ONLINE"};
  private static final String[] REVENUE_TYPES = {"NET_NEW", "NET_NEW", "RENEWAL", "NET_NEW", "NET_NEW"};
  private static final String[][] CRM_PEOPLE = {{"MB2-714", "MB2-710"}, {"MB2-712"}, {"MB2-713", "MB2-706", "MB2-707"}, {"MB2-709"}};

  /**
   * An evaluation of the same shape against Cloud CRM Reseller (net new revenue from CRM Online or
   * Dynamics 365 Plan 1 in the last 12 months, as Dynamics Digital Partner of Record; two roles of
   * people), left out of counts about as often as the deployments of {@link #evaluate}: customer
   * {@code i} has five revenue lines and no deployments; one line in five is a renewal (which net new
   * revenue does not sum), amounts have cents, every 20th is a credit, every 50th is dated before the
   * window, and every 100th customer has no association. People hold the CRM exams in turn.
   */
  static String revenue(int customers, int individuals) {
    StringBuilder json = new StringBuilder(customers * 560 + individuals * 80 + EVALUATE.length() + 256);
    json.append("{\"query\":").append(Json.encode(EVALUATE)).append(",\"variables\":{\"input\":{")
        .append("\"competency\":\"cloud-customer-relationship-management\",\"market\":\"DEVELOPED\",\"asOf\":\"2017-07-07\",")
        .append("\"customers\":[");
    LocalDate asOf = LocalDate.of(2017, 7, 7);
    for (int i = 0; i < customers; i++) {
      json.append(i == 0 ? "" : ",").append("{\"id\":\"customer-").append(i).append("\",\"associations\":[")
          .append(i % 100 == 99 ? "" : "\"DYNAMICS_DIGITAL_PARTNER_OF_RECORD\"").append("],\"deployments\":[],\"revenue\":[");
      for (int w = 0; w < CRM_WORKLOADS.length; w++) {
        int n = 5 * i + w;
        json.append(w == 0 ? "" : ",").append("{\"workload\":\"").append(CRM_WORKLOADS[w]).append("\",\"date\":\"")
            .append(n % 50 == 49 ? asOf.minusMonths(13) : asOf.minusDays(n % 365)).append("\",\"amountUsd\":")
            .append(n % 20 == 19 ? "-" : "").append(100 + n % 9_000).append('.').append(n % 10).append(n / 10 % 10)
            .append(",\"type\":\"").append(REVENUE_TYPES[w]).append("\"}");
      }
      json.append("]}");
    }
    json.append("],\"individuals\":[");
    for (int j = 0; j < individuals; j++) {
      json.append(j == 0 ? "" : ",").append("{\"id\":\"individual-").append(j).append("\",\"credentials\":")
          .append(Json.encode(List.of(CRM_PEOPLE[j % CRM_PEOPLE.length]))).append('}');
    }
    return json.append("]}}}").toString();
  }

  /** {@code body} with its slot filled by {@code n}. */
  static String filled(String body, long n) {
    return body.replace(SLOT, Long.toString(n));
  }
}
