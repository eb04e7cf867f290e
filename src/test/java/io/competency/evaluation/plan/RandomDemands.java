package io.competency.evaluation.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Random demands and people over a small alphabet of codes, so that costs often tie. */
final class RandomDemands {
  private final Random random;
  private final int codes;

  RandomDemands(long seed, int codes) {
    this.random = new Random(seed);
    this.codes = codes;
  }

  Random random() {
    return random;
  }

  /** Up to {@code maxRoles} roles, each of 0 to {@code maxSlots} slots, at most {@code totalSlots} in all. */
  SkillDemand demand(int maxRoles, int maxSlots, int totalSlots, boolean distinctPeople) {
    List<RoleDemand> roles = new ArrayList<>();
    int left = totalSlots;
    int count = 1 + random.nextInt(maxRoles);
    for (int r = 0; r < count; r++) {
      int slots = Math.min(left, random.nextInt(maxSlots + 1));
      left -= slots;
      roles.add(new RoleDemand(slots, paths()));
    }
    return new SkillDemand(roles, distinctPeople);
  }

  List<Individual> people(int count) {
    List<Individual> people = new ArrayList<>();
    for (int p = 0; p < count; p++) {
      List<String> held = new ArrayList<>();
      for (int c = 0; c < codes; c++) {
        if (random.nextInt(3) == 0) {
          held.add(code(c));
        }
      }
      people.add(new Individual("p" + p, held));
    }
    return people;
  }

  private List<CredentialPath> paths() {
    List<CredentialPath> paths = new ArrayList<>();
    int count = 1 + random.nextInt(3);
    for (int p = 0; p < count; p++) {
      List<Choice> choices = new ArrayList<>();
      int size = random.nextInt(10) == 0 ? 0 : 1 + random.nextInt(3);
      for (int c = 0; c < size; c++) {
        choices.add(choice());
      }
      paths.add(new CredentialPath(choices));
    }
    return paths;
  }

  private Choice choice() {
    List<String> anyOf = new ArrayList<>();
    int size = 1 + random.nextInt(2);
    while (anyOf.size() < size) {
      String code = code(random.nextInt(codes));
      if (!anyOf.contains(code)) {
        anyOf.add(code);
      }
    }
    return new Choice(anyOf);
  }

  private static String code(int c) {
    return String.valueOf((char) ('A' + c));
  }
}
