package io.competency.catalog;

import java.util.List;
import java.util.function.Function;

/** Finds the catalog object a {@link NodeId} names, walking down from its competency. */
final class CatalogNodes {
  private CatalogNodes() {
  }

  /** The competency, option, tier or requirement {@code id} names, or null; {@code competencies} finds a competency by slug. */
  static Object find(NodeId id, Function<String, Competency> competencies) {
    List<String> k = id.keyParts();
    int depth = switch (id.type()) {
      case NodeId.COMPETENCY -> 1;
      case NodeId.OPTION -> 2;
      case NodeId.TIER -> 3;
      case NodeId.REQUIREMENT -> 4;
      default -> 0;
    };
    if (depth == 0 || k.size() != depth) {
      return null;
    }
    Competency competency = competencies.apply(k.get(0));
    Option option = competency == null || depth < 2 ? null : competency.option(k.get(1));
    Tier tier = option == null || depth < 3 ? null : option.tier(k.get(2));
    return switch (depth) {
      case 1 -> competency;
      case 2 -> option;
      case 3 -> tier;
      default -> tier == null ? null : requirement(tier, k.get(3));
    };
  }

  private static Requirement requirement(Tier tier, String position) {
    if (!position.matches("0|[1-9]\\d{0,3}")) {
      return null;
    }
    int index = Integer.parseInt(position);
    return index < tier.requirements().size() ? tier.requirements().get(index) : null;
  }
}
