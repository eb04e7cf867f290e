package io.competency.http;

import io.competency.access.ApiKeys;
import io.competency.access.Role;
import io.competency.access.Principal;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code API_KEYS=name:role:secret,...}: keys by secret, malformed entries named by position. */
class ApiKeysAreParsedFromConfigurationTest {

  @Test
  void eachSecretAuthenticatesAsItsNameAndRole() {
    ApiKeys keys = ApiKeys.parse("ops:maintainer:ops-secret-1, erp:Integrator:erp-secret-1");
    assertEquals(new Principal("ops", Role.MAINTAINER), keys.authenticate("ops-secret-1").await());
    assertEquals(new Principal("erp", Role.INTEGRATOR), keys.authenticate("erp-secret-1").await());
    assertNull(keys.authenticate("ops-secret-2").await());
  }

  @Test
  void aSecretMayContainColons() {
    assertEquals(new Principal("ops", Role.MAINTAINER), ApiKeys.parse("ops:maintainer:a:b:c:d:e").authenticate("a:b:c:d:e").await());
  }

  static Stream<Arguments> malformed() {
    return Stream.of(
        argumentSet("no role", "ops:secret-long-enough"),
        argumentSet("an unknown role", "ops:admin:secret-long-enough"),
        argumentSet("a blank name", ":maintainer:secret-long-enough"),
        argumentSet("a short secret", "ops:maintainer:short"),
        argumentSet("a secret used twice", "a:maintainer:same-secret-1,b:integrator:same-secret-1"),
        argumentSet("a name used twice", "ops:maintainer:ops-secret-1,ops:integrator:ops-secret-2"),
        argumentSet("a name used twice with the same role", "ops:maintainer:ops-secret-1,erp:integrator:erp-secret-1,ops:maintainer:ops-secret-2"));
  }

  @Test
  void aRepeatedNameIsRefusedNamingBothEntries() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ApiKeys.parse("ops:maintainer:ops-secret-1, erp:integrator:erp-secret-1, ops:integrator:ops-secret-2"));
    assertEquals("API_KEYS entry 3 repeats the name 'ops' of entry 1: each key needs a name of its own "
        + "(evaluations belong to the name)", e.getMessage());
  }

  @ParameterizedTest
  @MethodSource("malformed")
  void aMalformedEntryIsRefusedWithItsPosition(String spec) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ApiKeys.parse(spec));
    assertTrue(e.getMessage().startsWith("API_KEYS entry "), e.getMessage());
  }
}
