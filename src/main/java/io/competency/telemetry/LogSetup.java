package io.competency.telemetry;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.jul.LevelChangePropagator;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.spi.ContextAwareBase;
import ch.qos.logback.core.status.NopStatusListener;
import java.util.Locale;
import java.util.Map;
import org.slf4j.LoggerFactory;
import org.slf4j.bridge.SLF4JBridgeHandler;

/**
 * Logging: SLF4J with Logback, one line per event on standard error. {@code LOG_FORMAT} chooses the
 * format: {@code json} (one JSON object a line, for log collectors), {@code text} (for people), or
 * {@code auto}, the default: text on a terminal, JSON otherwise. {@code LOG_LEVEL} (default
 * {@code INFO}) sets the root level. Logs written with {@code java.util.logging} (by this server's
 * classes and its libraries) go through the same appender.
 *
 * <p>Logback finds this class through {@code META-INF/services}; {@link #init()} makes sure it has
 * run (and {@code java.util.logging} is bridged) before anything logs.
 */
public final class LogSetup extends ContextAwareBase implements Configurator {
  /** The logger of the access log: one line per HTTP request. */
  public static final String ACCESS = "access";

  /**
   * Initializes logging once; later calls do nothing. Logback's notes about itself are not printed
   * (set {@code -Dlogback.statusListenerClass=SYSOUT} to see them): it would print them all at its first
   * warning, such as its version check failing inside the shaded jar, whose manifests are merged; the
   * configuration here is code, so it has no file to get wrong.
   */
  public static void init() {
    if (System.getProperty("logback.statusListenerClass") == null) {
      System.setProperty("logback.statusListenerClass", NopStatusListener.class.getName());
    }
    LoggerFactory.getILoggerFactory();
  }

  @Override
  public ExecutionStatus configure(LoggerContext context) {
    Map<String, String> env = System.getenv();
    LevelChangePropagator propagator = new LevelChangePropagator();
    propagator.setContext(context);
    propagator.setResetJUL(true);
    propagator.start();
    context.addListener(propagator);

    ConsoleAppender<ILoggingEvent> console = new ConsoleAppender<>();
    console.setContext(context);
    console.setName("console");
    console.setTarget("System.err");
    LogLineEncoder encoder = new LogLineEncoder(format(env.get("LOG_FORMAT"), System.console() != null));
    encoder.setContext(context);
    encoder.start();
    console.setEncoder(encoder);
    console.start();

    ch.qos.logback.classic.Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    root.setLevel(Level.toLevel(env.getOrDefault("LOG_LEVEL", "INFO"), Level.INFO));
    root.addAppender(console);
    context.getLogger("io.netty").setLevel(Level.WARN);
    // Vert.x registers a gauge per client of one kind; Micrometer warns, once, that it keeps the first.
    context.getLogger("io.micrometer.core.instrument.MeterRegistry").setLevel(Level.ERROR);

    SLF4JBridgeHandler.removeHandlersForRootLogger();
    SLF4JBridgeHandler.install();
    return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
  }

  /** The format {@code LOG_FORMAT} names; {@code auto} (or nothing) is text on a terminal, else JSON. */
  static LogLineEncoder.Format format(String setting, boolean terminal) {
    String value = setting == null ? "auto" : setting.trim().toLowerCase(Locale.ROOT);
    return switch (value) {
      case "json" -> LogLineEncoder.Format.JSON;
      case "text" -> LogLineEncoder.Format.TEXT;
      default -> terminal ? LogLineEncoder.Format.TEXT : LogLineEncoder.Format.JSON;
    };
  }
}
