package io.competency.evaluation;

import io.competency.catalog.CatalogLoader;
import io.competency.catalog.CatalogSnapshot;
import io.competency.catalog.Option;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Competency pages of the 2017 program transcribed as a test catalog ({@code src/test/resources/program-2017}:
 * ERP, CRM, Cloud Business Applications, Windows and Devices' Service Partner and Surface Hub, DevOps),
 * and small builders for partner data. Dates are as of {@link #AS_OF} unless a test says otherwise.
 */
public final class Program2017 {
  public static final Path DIRECTORY = Path.of("src/test/resources/program-2017");
  public static final CatalogSnapshot SNAPSHOT = CatalogSnapshot.of(CatalogLoader.load(DIRECTORY), 1, Instant.EPOCH);
  public static final LocalDate AS_OF = LocalDate.of(2017, 7, 7);
  public static final String DEVELOPED = "DEVELOPED";
  public static final String DEVELOPING = "DEVELOPING";
  public static final String DPOR = "DYNAMICS_DIGITAL_PARTNER_OF_RECORD";

  public static final Option ERP = SNAPSHOT.option("enterprise-resource-planning", "erp-reseller");
  public static final Option CRM = SNAPSHOT.option("cloud-customer-relationship-management", "cloud-crm-reseller");
  public static final Option CUSTOMER_ENGAGEMENT = SNAPSHOT.option("cloud-business-applications", "enterprise-customer-engagement");
  public static final Option ENTERPRISE_OPERATIONS = SNAPSHOT.option("cloud-business-applications", "enterprise-operations");
  public static final Option SERVICE_PARTNER = SNAPSHOT.option("windows-and-devices", "service-partner");
  public static final Option SURFACE_HUB = SNAPSHOT.option("windows-and-devices", "surface-hub");
  public static final Option DEVOPS = SNAPSHOT.option("devops", "devops-partner");

  private Program2017() {
  }

  /** Evaluates with the fixture's credentials, so retiring ones give notices. */
  public static EvaluationResult evaluate(Option option, String market, LocalDate asOf, PartnerData partner) {
    return new Evaluator(SNAPSHOT::credential).evaluate(option, market, asOf, partner);
  }

  public static EvaluationResult evaluate(Option option, PartnerData partner) {
    return evaluate(option, DEVELOPED, AS_OF, partner);
  }

  public static PartnerData customers(CustomerData... customers) {
    return new PartnerData(List.of(customers), List.of());
  }

  public static PartnerData people(IndividualData... people) {
    return new PartnerData(List.of(), List.of(people));
  }

  /** A customer with these associations (none: an empty list) and revenue lines. */
  public static CustomerData customer(String id, List<String> associations, RevenueData... revenue) {
    return new CustomerData(id, associations, null, List.of(), List.of(revenue));
  }

  /** A customer associated as Dynamics Digital Partner of Record. */
  public static CustomerData dpor(String id, RevenueData... revenue) {
    return customer(id, List.of(DPOR), revenue);
  }

  public static RevenueData revenue(String workload, LocalDate date, String amount, RevenueType type) {
    return new RevenueData(workload, date, new BigDecimal(amount), type);
  }

  public static RevenueData netNew(String workload, String amount) {
    return revenue(workload, AS_OF.minusMonths(1), amount, RevenueType.NET_NEW);
  }

  public static IndividualData person(String id, String... credentials) {
    return new IndividualData(id, List.of(credentials));
  }

  public static PerformanceResult performance(EvaluationResult result, String tier) {
    return (PerformanceResult) result.tier(tier).requirements().get(0);
  }

  public static SkillResult skill(EvaluationResult result, String tier, int position) {
    return (SkillResult) result.tier(tier).requirements().get(position);
  }
}
