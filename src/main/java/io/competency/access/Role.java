package io.competency.access;

import java.util.Locale;

/** What an API key may do beyond reading the catalog. */
public enum Role {
  /** Changes the catalog: tiers, competencies, options, credentials, workloads, translations. */
  MAINTAINER,
  /** Runs and reads its own evaluations. */
  INTEGRATOR;

  /** The role named {@code name} (case-insensitive), or null. */
  public static Role parse(String name) {
    for (Role role : values()) {
      if (role.name().equals(name.toUpperCase(Locale.ROOT))) {
        return role;
      }
    }
    return null;
  }

  /** {@code a maintainer}, {@code an integrator}. */
  public String withArticle() {
    return (this == INTEGRATOR ? "an " : "a ") + label();
  }

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
