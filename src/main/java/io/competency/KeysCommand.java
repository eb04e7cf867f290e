package io.competency;

import io.competency.config.Config;
import io.competency.access.Role;
import io.competency.store.Database;
import io.competency.store.PgApiKeys;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.io.PrintStream;
import java.util.List;

/**
 * {@code keys create NAME ROLE | keys list | keys revoke NAME}: manages the API keys kept in the
 * database named by {@code DATABASE_URL}. A created key's secret is printed once and never stored.
 */
final class KeysCommand {
  static final String USAGE = """
      usage: java -jar competency-catalog.jar keys create <name> <maintainer|integrator>
             java -jar competency-catalog.jar keys list
             java -jar competency-catalog.jar keys revoke <name>
      (DATABASE_URL must name the server's PostgreSQL database; names: letters, digits, '.', '_', '-')""";

  /** Key names: they own evaluations and appear in the audit trail, so plain and short. */
  private static final java.util.regex.Pattern NAME = java.util.regex.Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

  private KeysCommand() {
  }

  /** Runs the command and returns the process exit code. */
  static int run(List<String> args, Config config, PrintStream out, PrintStream err) {
    if (config.databaseUrl() == null) {
      err.println("keys: DATABASE_URL is not set; keys from API_KEYS need no command\n" + USAGE);
      return 2;
    }
    String verb = args.isEmpty() ? "" : args.get(0);
    boolean valid = (verb.equals("create") && args.size() == 3 && NAME.matcher(args.get(1)).matches() && Role.parse(args.get(2)) != null)
        || (verb.equals("list") && args.size() == 1)
        || (verb.equals("revoke") && args.size() == 2);
    if (!valid) {
      err.println(USAGE);
      return 2;
    }
    Vertx vertx = Vertx.vertx();
    try {
      Database database = Database.open(vertx, config.databaseUrl(), config.timeouts()).await();
      PgApiKeys keys = new PgApiKeys(database.pool());
      Future<String> result = switch (verb) {
        case "create" -> keys.create(args.get(1), Role.parse(args.get(2))).map(k ->
            "created " + k.role().label() + " key '" + k.name() + "'. Its secret, shown only now:\n" + k.secret());
        case "revoke" -> keys.revoke(args.get(1)).map(v -> "revoked key '" + args.get(1) + "'");
        default -> keys.list().map(list -> {
          StringBuilder sb = new StringBuilder(String.format("%-24s %-11s %-26s %s%n", "NAME", "ROLE", "CREATED", "REVOKED"));
          list.forEach(k -> sb.append(String.format("%-24s %-11s %-26s %s%n", k.name(), k.role().label(), k.createdAt(),
              k.revokedAt() == null ? "-" : k.revokedAt())));
          return sb.toString().stripTrailing();
        });
      };
      out.println(result.eventually(database::close).await());
      return 0;
    } catch (IllegalArgumentException e) {
      err.println("keys: " + e.getMessage());
      return 1;
    } catch (Exception e) {
      err.println("keys: " + e);
      return 1;
    } finally {
      vertx.close();
    }
  }
}
