package io.competency.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The catalog shipped in {@code catalog/} loads without a single problem, with everything the page has. */
class BundledCatalogLoadsTest {
  private final Catalog catalog = CatalogLoader.load(Path.of("catalog"));

  @Test
  void holdsTheCloudProductivityCompetencyWithItsOneOptionAndTwoTiers() {
    assertEquals(List.of("cloud-productivity"), catalog.competencies().stream().map(Competency::slug).toList());
    Competency competency = catalog.competency("cloud-productivity");
    assertEquals(List.of("managed-service-partner"), competency.options().stream().map(Option::slug).toList());
    Option option = competency.option("managed-service-partner");
    assertEquals(List.of("silver", "gold"), option.tiers().stream().map(Tier::slug).toList());
    assertEquals(List.of(1, 2), option.tiers().stream().map(Tier::rank).toList());
  }

  @Test
  void holdsEveryReferenceCodeTheTiersUse() {
    assertEquals(List.of("DEVELOPED", "DEVELOPING"), catalog.markets().stream().map(Term::code).toList());
    assertEquals(List.of("EXCHANGE_ONLINE", "SHAREPOINT_ONLINE", "SKYPE_FOR_BUSINESS", "YAMMER", "PROPLUS"),
        catalog.workloads().stream().map(Term::code).toList());
    assertEquals(List.of("DELEGATED_ADMIN", "TRANSACTING_PARTNER", "DIGITAL_PARTNER_OF_RECORD", "FAST_TRACK_PARTNER"),
        catalog.associationTypes().stream().map(Term::code).toList());
    assertEquals(List.of("70-346", "70-347", "MCSA-OFFICE-365"), catalog.credentials().stream().map(Credential::code).toList());
  }

  @Test
  void servesEnglishRussianAndKoreanText() {
    assertEquals(List.of("en-US", "ko-KR", "ru-RU"), CatalogSnapshot.of(catalog, 1, Instant.EPOCH).locales());
  }
}
