package io.competency;

import static io.competency.maintenance.Maintenance.mutate;
import static io.competency.maintenance.Maintenance.texts;
import static io.competency.support.Documents.ADD_WORKLOAD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

import io.competency.access.ApiKeys;
import io.competency.config.Config;
import io.competency.support.Documents;
import io.competency.support.GraphqlClient.Response;
import io.competency.support.ServerOnFreshDatabase;
import io.vertx.core.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code keys create|list|revoke} manages the key table of the server's database: a created key's
 * secret is printed once and authenticates at once, {@code list} never shows it, {@code revoke} stops
 * it at once, and bad usage exits with 2 and the usage text.
 */
class KeysCommandTest {
  private static final JsonObject WORKLOAD = new JsonObject().put("code", "TEAMS").put("name", texts("en-US", "Microsoft Teams"));

  @RegisterExtension
  static final ServerOnFreshDatabase server = new ServerOnFreshDatabase();
  private static Config config;

  @BeforeAll
  static void configure() {
    config = Config.from(Map.of("DATABASE_URL", server.db().url()));
  }

  /** What one run of the command printed and returned. */
  private record Run(int exit, String out, String err) {
  }

  private static Run keys(Config with, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit = KeysCommand.run(List.of(args), with, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void aCreatedKeyAuthenticatesIsListedWithoutItsSecretAndStopsWhenRevoked() {
    Run created = keys(config, "create", "bot", "integrator");
    assertEquals(0, created.exit(), created::toString);
    List<String> lines = created.out().strip().lines().toList();
    String secret = lines.get(lines.size() - 1).strip();
    assertTrue(secret.length() >= 32, () -> "the last line is the secret: " + created.out());
    assertTrue(lines.get(0).contains("integrator") && lines.get(0).contains("bot"), created::toString);
    assertEquals(1, created.out().split(java.util.regex.Pattern.quote(secret), -1).length - 1, "the secret is printed once");

    Response forbidden = mutate(server.client(), secret, ADD_WORKLOAD, WORKLOAD);
    assertEquals(403, forbidden.status(), "an integrator key is known but may not maintain: " + forbidden);
    assertEquals(List.of("FORBIDDEN"), forbidden.errorCodes());

    Run listed = keys(config, "list");
    assertEquals(0, listed.exit(), listed::toString);
    String row = listed.out().lines().filter(l -> l.startsWith("bot ")).findFirst().orElse("");
    assertTrue(row.contains("integrator") && row.strip().endsWith("-"), () -> "bot is listed as an active integrator key: " + listed.out());
    assertFalse(listed.out().contains(secret), "list never shows a secret");

    Run revoked = keys(config, "revoke", "bot");
    assertEquals(0, revoked.exit(), revoked::toString);
    Response unauthenticated = mutate(server.client(), secret, ADD_WORKLOAD, WORKLOAD);
    assertEquals(401, unauthenticated.status(), unauthenticated::toString);
    assertEquals(List.of("UNAUTHENTICATED"), unauthenticated.errorCodes());
    String after = keys(config, "list").out().lines().filter(l -> l.startsWith("bot ")).findFirst().orElse("");
    assertFalse(after.strip().endsWith("-"), () -> "bot is listed as revoked: " + after);
  }

  @Test
  void aCreatedMaintainerKeyMayMaintain() {
    Run created = keys(config, "create", "editor", "maintainer");
    assertEquals(0, created.exit(), created::toString);
    List<String> lines = created.out().strip().lines().toList();
    Response response = mutate(server.client(), lines.get(lines.size() - 1).strip(), ADD_WORKLOAD, WORKLOAD);
    assertEquals(200, response.status(), response::toString);
    assertEquals("TEAMS", response.data("addWorkload.workload.code"), response::toString);
    assertEquals("editor", server.db().value("SELECT actor FROM catalog_change WHERE action = 'addWorkload'"));
  }

  @Test
  void onlyTheHashOfTheSecretIsStored() {
    Run created = keys(config, "create", "hashed", "integrator");
    List<String> lines = created.out().strip().lines().toList();
    String secret = lines.get(lines.size() - 1).strip();
    assertEquals(List.of(new JsonObject().put("secret_hash", ApiKeys.hash(secret))),
        server.db().rows("SELECT secret_hash FROM api_key WHERE name = 'hashed'"));
    assertEquals(0L, server.db().value("SELECT count(*) FROM api_key WHERE secret_hash = $1 OR name = $1", secret));
  }

  @Test
  void creatingATakenNameOrRevokingAnUnknownOneFailsWithExitCodeOne() {
    assertEquals(0, keys(config, "create", "twice", "maintainer").exit());
    Run again = keys(config, "create", "twice", "integrator");
    assertEquals(1, again.exit(), again::toString);
    assertTrue(again.err().contains("twice"), again::toString);
    assertEquals("", again.out());
    Run unknown = keys(config, "revoke", "nobody");
    assertEquals(1, unknown.exit(), unknown::toString);
    assertTrue(unknown.err().contains("nobody"), unknown::toString);
  }

  static Stream<Arguments> badUsage() {
    return Stream.of(
        argumentSet("no verb", List.of()),
        argumentSet("unknown verb", List.of("rotate", "bot")),
        argumentSet("create without a role", List.of("create", "bot")),
        argumentSet("create with an unknown role", List.of("create", "bot", "admin")),
        argumentSet("list with an argument", List.of("list", "bot")),
        argumentSet("revoke without a name", List.of("revoke")));
  }

  @ParameterizedTest
  @MethodSource("badUsage")
  void badUsageExitsWithTwoAndPrintsTheUsage(List<String> args) {
    Run run = keys(config, args.toArray(String[]::new));
    assertEquals(2, run.exit(), run::toString);
    assertTrue(run.err().contains("usage:"), run::toString);
    assertEquals("", run.out());
  }

  @Test
  void withoutADatabaseUrlTheCommandExitsWithTwo() {
    Run run = keys(Config.from(Map.of()), "list");
    assertEquals(2, run.exit(), run::toString);
    assertTrue(run.err().contains("DATABASE_URL"), run::toString);
  }
}
