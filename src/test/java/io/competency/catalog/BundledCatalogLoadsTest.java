package io.competency.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The catalog shipped in {@code catalog/} loads without a single problem and holds the 2017 program:
 * 18 competencies, 25 options, 50 tiers (silver and gold of every option), 71 requirements (one per
 * page step) and the 99 credentials the pages link, with every code a tier uses defined.
 */
class BundledCatalogLoadsTest {
  private final Catalog catalog = CatalogLoader.load(Path.of("catalog"));

  @Test
  void holdsTheEighteenCompetenciesWithTheirOptions() {
    Map<String, List<String>> options = new LinkedHashMap<>();
    catalog.competencies().forEach(c -> options.put(c.slug(), c.options().stream().map(Option::slug).toList()));

    assertEquals(Map.ofEntries(
        Map.entry("application-development", List.of("application-builder")),
        Map.entry("application-integration", List.of("application-integrator")),
        Map.entry("cloud-business-applications", List.of("enterprise-customer-engagement", "enterprise-operations")),
        Map.entry("cloud-customer-relationship-management", List.of("cloud-crm-reseller")),
        Map.entry("cloud-platform", List.of("azure-consumption")),
        Map.entry("cloud-productivity", List.of("managed-service-partner")),
        Map.entry("collaboration-and-content", List.of("sharepoint-services-partner")),
        Map.entry("communications", List.of("systems-integrator")),
        Map.entry("data-analytics", List.of("data-analytics-specialist", "data-analytics-beginners", "power-bi")),
        Map.entry("data-platform", List.of("big-data", "sql-server-specialist")),
        Map.entry("datacenter", List.of("datacenter-solutions")),
        Map.entry("devops", List.of("devops-partner")),
        Map.entry("enterprise-mobility-management", List.of("enterprise-partner", "smb-partner")),
        Map.entry("enterprise-resource-planning", List.of("erp-reseller")),
        Map.entry("messaging", List.of("hybrid-services-partner")),
        Map.entry("project-and-portfolio-management", List.of("project-and-portfolio-partner")),
        Map.entry("small-and-midmarket-cloud-solutions", List.of("o365-services")),
        Map.entry("windows-and-devices", List.of("service-partner", "device-partner", "surface-hub"))), options);
  }

  @Test
  void everyOptionHasSilverAndGoldAndEveryPageStepIsOneRequirement() {
    List<Tier> tiers = catalog.competencies().stream().flatMap(c -> c.options().stream()).flatMap(o -> o.tiers().stream()).toList();

    assertEquals(50, tiers.size());
    tiers.forEach(t -> assertEquals(t.rank() == 1 ? "silver" : "gold", t.slug(), t.path().toString()));
    assertEquals(71, tiers.stream().mapToInt(t -> t.requirements().size()).sum());
  }

  @Test
  void holdsTheNinetyNineCredentialsThePagesLinkWithTheirIssuersAndRetirements() {
    assertEquals(99, catalog.credentials().size());
    Map<String, String> thirdParty = catalog.credentials().stream().filter(c -> !c.issuer().equals(Credential.MICROSOFT))
        .collect(Collectors.toMap(Credential::code, Credential::issuer));
    assertEquals(Map.of("PMI-ACP", "PMI", "PSM-I", "Scrum.org", "CSM", "Scrum Alliance"), thirdParty);
    Map<String, LocalDate> retiring = catalog.credentials().stream().filter(c -> c.retiresOn() != null)
        .collect(Collectors.toMap(Credential::code, Credential::retiresOn));
    assertEquals(Map.of("70-354", LocalDate.of(2017, 9, 30), "70-355", LocalDate.of(2017, 9, 30)), retiring);
  }

  @Test
  void definesEveryCodeTheTiersUse() {
    Set<String> workloads = new TreeSet<>();
    Set<String> associations = new TreeSet<>();
    Set<String> authorizations = new TreeSet<>();
    Set<String> credentials = new TreeSet<>();
    Set<String> markets = new TreeSet<>();
    for (Competency competency : catalog.competencies()) {
      for (Option option : competency.options()) {
        for (Tier tier : option.tiers()) {
          for (Requirement requirement : tier.requirements()) {
            if (requirement instanceof PerformanceRequirement performance) {
              workloads.addAll(performance.allWorkloads());
              associations.addAll(performance.qualifyingAssociations());
              authorizations.addAll(performance.requiredAuthorizations());
              performance.metrics().forEach(m -> m.thresholds().stream().map(MarketThreshold::market)
                  .filter(java.util.Objects::nonNull).forEach(markets::add));
            } else {
              ((SkillRequirement) requirement).roles().forEach(role -> role.paths()
                  .forEach(path -> path.choices().forEach(choice -> credentials.addAll(choice.anyOf()))));
            }
          }
        }
      }
    }

    assertEquals(List.of(), missing(workloads, codes(catalog.workloads())), "workloads");
    assertEquals(List.of(), missing(associations, codes(catalog.associationTypes())), "association types");
    assertEquals(List.of(), missing(authorizations, codes(catalog.authorizations())), "authorizations");
    assertEquals(List.of(), missing(markets, codes(catalog.markets())), "markets");
    assertEquals(List.of(), missing(credentials, catalog.credentials().stream().map(Credential::code).toList()), "credentials");
    assertEquals(List.of("SURFACE_HUB_ADR"), codes(catalog.authorizations()));
    assertEquals(List.of("DEVELOPED", "DEVELOPING"), codes(catalog.markets()));
  }

  @Test
  void servesEnglishRussianAndKoreanText() {
    assertEquals(List.of("en-US", "ko-KR", "ru-RU"), CatalogSnapshot.of(catalog, 1, Instant.EPOCH).locales());
  }

  private static List<String> codes(List<Term> terms) {
    return terms.stream().map(Term::code).toList();
  }

  private static List<String> missing(Set<String> used, List<String> defined) {
    List<String> out = new ArrayList<>(used);
    out.removeAll(defined);
    return out;
  }
}
