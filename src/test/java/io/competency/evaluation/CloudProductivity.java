package io.competency.evaluation;

import io.competency.catalog.CatalogLoader;
import io.competency.catalog.CatalogSnapshot;
import io.competency.catalog.Option;
import io.competency.catalog.PerformanceRequirement;
import io.competency.catalog.SkillRequirement;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The bundled Cloud Productivity option and small builders for the partner data evaluated against it. */
public final class CloudProductivity {
  public static final CatalogSnapshot SNAPSHOT = CatalogSnapshot.of(CatalogLoader.load(Path.of("catalog")), 1, Instant.now());
  public static final Option OPTION = SNAPSHOT.option("cloud-productivity", "managed-service-partner");
  public static final LocalDate AS_OF = LocalDate.of(2017, 7, 7);

  public static final String DEVELOPED = "DEVELOPED";
  public static final String DEVELOPING = "DEVELOPING";
  public static final String EXCHANGE = "EXCHANGE_ONLINE";
  public static final String SHAREPOINT = "SHAREPOINT_ONLINE";
  public static final String PROPLUS = "PROPLUS";
  public static final String DELEGATED_ADMIN = "DELEGATED_ADMIN";
  public static final String EXAM_346 = "70-346";
  public static final String EXAM_347 = "70-347";
  public static final String MCSA = "MCSA-OFFICE-365";

  private CloudProductivity() {
  }

  public static EvaluationResult evaluate(String market, List<CustomerData> customers, List<IndividualData> individuals) {
    return new Evaluator().evaluate(OPTION, market, AS_OF, customers, individuals);
  }

  public static CustomerData customer(String id, List<String> associations, DeploymentData... deployments) {
    return new CustomerData(id, associations, null, List.of(deployments));
  }

  /** A customer associated as Office 365 Delegated Administrator. */
  public static CustomerData delegated(String id, DeploymentData... deployments) {
    return customer(id, List.of(DELEGATED_ADMIN), deployments);
  }

  public static DeploymentData deployment(String workload, int activeUsers) {
    return new DeploymentData(workload, activeUsers, false);
  }

  public static DeploymentData trial(String workload, int activeUsers) {
    return new DeploymentData(workload, activeUsers, true);
  }

  public static IndividualData individual(String id, String... credentials) {
    return new IndividualData(id, List.of(credentials));
  }

  public static PerformanceResult performance(EvaluationResult result, String tier) {
    return (PerformanceResult) result.tier(tier).requirements().get(0);
  }

  public static SkillResult skill(EvaluationResult result, String tier) {
    return (SkillResult) result.tier(tier).requirements().get(1);
  }

  public static PerformanceRequirement performanceRequirement(String tier) {
    return (PerformanceRequirement) OPTION.tier(tier).requirements().get(0);
  }

  public static SkillRequirement skillRequirement(String tier) {
    return (SkillRequirement) OPTION.tier(tier).requirements().get(1);
  }
}
