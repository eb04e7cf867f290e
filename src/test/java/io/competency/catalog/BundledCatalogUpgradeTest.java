package io.competency.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The upgrade of a catalog to a newer bundled catalog, as an edit: the one-competency catalog bundled
 * before (kept in {@code src/test/resources/one-competency-catalog}) upgraded to today's.
 */
class BundledCatalogUpgradeTest {
  private static final Catalog OLD = CatalogLoader.load(Path.of("src/test/resources/one-competency-catalog"));
  private static final Catalog BUNDLED = CatalogLoader.load(Path.of("catalog"));
  private static final String CP = "cloud-productivity";
  private static final String MSP = "managed-service-partner";

  @Test
  void everythingTheOldCatalogLacksIsAddedAndWhatItHoldsStaysAsItIs() {
    Set<String> imported = BundledCatalogUpgrade.keys(OLD);

    Catalog upgraded = BundledCatalogUpgrade.of(OLD, BUNDLED, imported).apply(OLD).catalog();

    assertEquals(BundledCatalogUpgrade.keys(BUNDLED), BundledCatalogUpgrade.keys(upgraded));
    assertEquals(OLD.competency(CP), upgraded.competency(CP));
    assertEquals(OLD.associationTypes(), upgraded.associationTypes().subList(0, OLD.associationTypes().size()));
    assertEquals(BUNDLED.competency("devops"), upgraded.competency("devops"));
  }

  @Test
  void itSaysWhatItAddsInCatalogOrder() {
    BundledCatalogUpgrade upgrade = BundledCatalogUpgrade.of(OLD, BUNDLED, BundledCatalogUpgrade.keys(OLD));

    List<String> added = upgrade.added();
    Set<String> expected = new HashSet<>(BundledCatalogUpgrade.keys(BUNDLED));
    expected.removeAll(BundledCatalogUpgrade.keys(OLD));
    assertEquals(expected, Set.copyOf(added));
    assertTrue(added.indexOf("credential:70-480") < added.indexOf("competency:application-development"));
    assertTrue(added.indexOf("competency:devops") < added.indexOf("option:devops/devops-partner"));
    assertTrue(added.indexOf("option:devops/devops-partner") < added.indexOf("tier:devops/devops-partner/silver"));
    assertEquals(List.of(), upgrade.skipped());
  }

  @Test
  void somethingImportedBeforeAndRemovedSinceIsNotAddedAgain() {
    Option option = OLD.competency(CP).option(MSP);
    Catalog withoutGold = OLD.withCompetency(OLD.competency(CP).withOption(option.withoutTier("gold")));

    Catalog upgraded = BundledCatalogUpgrade.of(withoutGold, BUNDLED, BundledCatalogUpgrade.keys(OLD)).apply(withoutGold).catalog();

    assertNull(upgraded.competency(CP).option(MSP).tier("gold"));
    assertEquals(18, upgraded.competencies().size());
  }

  @Test
  void aTierNeverImportedIsAddedToTheOptionAMaintainerKept() {
    Option option = OLD.competency(CP).option(MSP);
    Catalog withoutGold = OLD.withCompetency(OLD.competency(CP).withOption(option.withoutTier("gold")));
    Set<String> imported = new HashSet<>(BundledCatalogUpgrade.keys(OLD));
    imported.remove("tier:cloud-productivity/managed-service-partner/gold");

    BundledCatalogUpgrade upgrade = BundledCatalogUpgrade.of(withoutGold, BUNDLED, imported);

    assertTrue(upgrade.added().contains("tier:cloud-productivity/managed-service-partner/gold"));
    assertEquals(BUNDLED.competency(CP).option(MSP).tier("gold"), upgrade.apply(withoutGold).catalog().competency(CP).option(MSP).tier("gold"));
  }

  @Test
  void aBundledTierWhoseRankAMaintainersTierTookIsLeftOut() {
    Option option = OLD.competency(CP).option(MSP);
    Tier gold = option.tier("gold");
    Tier maintainers = new Tier(new TierPath(CP, MSP, "gold-plus"), gold.rank(), Translations.english("Gold plus"), gold.requirements());
    Catalog clashing = OLD.withCompetency(OLD.competency(CP).withOption(option.withoutTier("gold").withTier(maintainers)));
    Set<String> imported = new HashSet<>(BundledCatalogUpgrade.keys(OLD));
    imported.remove("tier:cloud-productivity/managed-service-partner/gold");

    BundledCatalogUpgrade upgrade = BundledCatalogUpgrade.of(clashing, BUNDLED, imported);
    Catalog upgraded = upgrade.apply(clashing).catalog();

    assertEquals(List.of("tier:cloud-productivity/managed-service-partner/gold"), upgrade.skipped());
    assertFalse(upgrade.added().contains("tier:cloud-productivity/managed-service-partner/gold"));
    assertEquals(List.of("silver", "gold-plus"), upgraded.competency(CP).option(MSP).tiers().stream().map(Tier::slug).toList());
    assertEquals(18, upgraded.competencies().size());
  }

  @Test
  void aCatalogThatHoldsTheBundledOneAlreadyIsLeftEqual() {
    BundledCatalogUpgrade upgrade = BundledCatalogUpgrade.of(BUNDLED, BUNDLED, Set.of());

    assertEquals(List.of(), upgrade.added());
    assertEquals(BUNDLED, upgrade.apply(BUNDLED).catalog());
  }
}
