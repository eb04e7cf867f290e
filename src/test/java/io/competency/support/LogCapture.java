package io.competency.support;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.OutputStreamAppender;
import io.competency.telemetry.LogLineEncoder;
import io.competency.telemetry.LogSetup;
import io.vertx.core.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.slf4j.LoggerFactory;

/**
 * Every log line written while it is open, in the JSON format operators collect, at level INFO and
 * above whatever {@code LOG_LEVEL} says.
 *
 * <pre>{@code
 * try (LogCapture logs = LogCapture.start()) {
 *   ...
 *   List<JsonObject> access = logs.lines("access");
 * }
 * }</pre>
 */
public final class LogCapture implements AutoCloseable {
  private final Logger root;
  private final Level levelBefore;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final OutputStreamAppender<ILoggingEvent> appender = new OutputStreamAppender<>();

  private LogCapture() {
    LogSetup.init();
    LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
    root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    levelBefore = root.getLevel();
    LogLineEncoder encoder = new LogLineEncoder(LogLineEncoder.Format.JSON);
    encoder.setContext(context);
    encoder.start();
    appender.setContext(context);
    appender.setName("capture");
    appender.setEncoder(encoder);
    appender.setOutputStream(out);
    appender.start();
    root.addAppender(appender);
    root.setLevel(Level.INFO);
  }

  public static LogCapture start() {
    return new LogCapture();
  }

  /** The raw output so far: one JSON object a line. */
  public synchronized String text() {
    return out.toString(StandardCharsets.UTF_8);
  }

  /** Every line so far, parsed. */
  public List<JsonObject> lines() {
    return text().lines().map(JsonObject::new).toList();
  }

  /** The lines of one logger. */
  public List<JsonObject> lines(String logger) {
    return lines().stream().filter(line -> logger.equals(line.getString("logger"))).toList();
  }

  /**
   * The first line that {@code wanted} accepts, waiting for it up to 10 s (a request's access line is
   * written as its response ends, which may be just after the client has read it); fails without it.
   */
  public JsonObject await(String description, java.util.function.Predicate<JsonObject> wanted) {
    long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(10);
    while (true) {
      java.util.Optional<JsonObject> found = lines().stream().filter(wanted).findFirst();
      if (found.isPresent()) {
        return found.get();
      }
      if (System.nanoTime() > deadline) {
        org.junit.jupiter.api.Assertions.fail("no log line " + description + " in:\n" + text());
      }
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }

  @Override
  public void close() {
    root.detachAppender(appender);
    appender.stop();
    root.setLevel(levelBefore);
  }
}
