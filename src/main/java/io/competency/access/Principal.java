package io.competency.access;

import java.util.Objects;

/** An authenticated caller: the API key's name (which owns its evaluations) and its role. */
public record Principal(String name, Role role) {
  public Principal {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(role, "role");
  }
}
