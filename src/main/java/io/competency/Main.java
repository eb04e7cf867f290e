package io.competency;

import io.competency.catalog.CatalogException;
import io.competency.config.Config;
import io.competency.telemetry.LogSetup;
import io.competency.telemetry.Telemetry;
import io.vertx.core.Vertx;
import java.net.BindException;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/** Starts the server with configuration from the environment; stops it gracefully on SIGTERM/SIGINT. */
public final class Main {
  private static final Logger LOG = Logger.getLogger(Main.class.getName());

  private Main() {
  }

  /** Why the server did not start, as told to whoever started it, and the exit status that goes with it. */
  record StartFailure(String message, int status) {
    static StartFailure of(Throwable e, Config config) {
      for (Throwable t = e; t != null; t = t.getCause()) {
        if (t instanceof BindException) {
          return new StartFailure("cannot start: port " + config.port() + " on " + config.host() + " is already in use (is the server"
              + " running already?); choose another port with PORT, for example PORT=8081 make run, or PORT=8081 java -jar"
              + " target/competency-catalog.jar", 2);
        }
      }
      if (e instanceof CatalogException || e instanceof IllegalArgumentException || e instanceof IllegalStateException) {
        return new StartFailure("cannot start: " + e.getMessage(), 2);
      }
      return new StartFailure("cannot start: " + e, 1);
    }
  }

  public static void main(String[] args) {
    LogSetup.init();
    Config config;
    try {
      config = Config.fromEnvironment();
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.exit(2);
      return;
    }
    if (args.length > 0) {
      if (!args[0].equals("keys")) {
        System.err.println("unknown command '" + args[0] + "'\n" + KeysCommand.USAGE);
        System.exit(2);
      }
      System.exit(KeysCommand.run(java.util.List.of(args).subList(1, args.length), config, System.out, System.err));
      return;
    }
    Telemetry telemetry = Telemetry.create();
    Vertx vertx = telemetry.newVertx();
    Application app;
    try {
      app = Application.start(vertx, config, telemetry).await();
    } catch (Exception e) {
      StartFailure failure = StartFailure.of(e, config);
      System.err.println(failure.message());
      vertx.close();
      System.exit(failure.status());
      return;
    }
    LOG.info("serving http://" + config.host() + ":" + app.port() + "/graphql (GraphiQL at /graphiql)");
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      LOG.info("shutting down");
      try {
        app.stop().toCompletionStage().toCompletableFuture().get(15, TimeUnit.SECONDS);
        vertx.close().toCompletionStage().toCompletableFuture().get(5, TimeUnit.SECONDS);
      } catch (Exception e) {
        LOG.warning("shutdown did not finish cleanly: " + e);
      }
    }, "shutdown"));
  }
}
