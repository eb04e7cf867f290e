package io.competency.telemetry;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.encoder.EncoderBase;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.slf4j.event.KeyValuePair;

/**
 * One log event as one line: a JSON object for machines, or plain text for a person at a terminal.
 *
 * <p>JSON: {@code {"time","level","logger","message","thread", ...key-value pairs..., "requestId",
 * "traceId", "parentSpanId", "error"}} — the key-value pairs are those given with SLF4J's fluent API
 * ({@code addKeyValue}); the request fields are those of the request being handled when the line was
 * written ({@link RequestTrace#current()}), so every line of a request carries its id; {@code error}
 * is the stack trace, when there is one.
 *
 * <p>Text: {@code 12:00:00.000 INFO  logger message key=value ... [requestId]}, then the stack trace
 * (an access line's method, path, status and duration are in its message, so not repeated as pairs).
 */
public final class LogLineEncoder extends EncoderBase<ILoggingEvent> {
  /** The two formats; see {@link LogSetup} for how one is chosen. */
  public enum Format { JSON, TEXT }

  /** Pairs the text format leaves out: the access log's own fields, already in its message, and the request id, shown last. */
  private static final Set<String> TEXT_OMITS = Set.of("method", "path", "status", "durationMs", "requestId");
  private static final JsonFactory JSON = new JsonFactory();
  private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss.SSS", Locale.ROOT).withZone(ZoneId.systemDefault());

  private final Format format;

  public LogLineEncoder(Format format) {
    this.format = format;
  }

  public Format format() {
    return format;
  }

  @Override
  public byte[] headerBytes() {
    return null;
  }

  @Override
  public byte[] footerBytes() {
    return null;
  }

  @Override
  public byte[] encode(ILoggingEvent event) {
    RequestTrace trace = RequestTrace.current();
    return format == Format.JSON ? json(event, trace) : text(event, trace);
  }

  private static byte[] json(ILoggingEvent event, RequestTrace trace) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(256);
    try (JsonGenerator json = JSON.createGenerator(out)) {
      json.writeStartObject();
      json.writeStringField("time", event.getInstant().toString());
      json.writeStringField("level", event.getLevel().toString());
      json.writeStringField("logger", event.getLoggerName());
      json.writeStringField("message", event.getFormattedMessage());
      json.writeStringField("thread", event.getThreadName());
      for (KeyValuePair pair : pairs(event)) {
        json.writeFieldName(pair.key);
        writeValue(json, pair.value);
      }
      if (trace != null && !hasKey(event, "requestId")) {
        json.writeStringField("requestId", trace.requestId());
        if (trace.traceId() != null) {
          json.writeStringField("traceId", trace.traceId());
          json.writeStringField("parentSpanId", trace.parentSpanId());
        }
      }
      IThrowableProxy thrown = event.getThrowableProxy();
      if (thrown != null) {
        json.writeStringField("error", ThrowableProxyUtil.asString(thrown));
      }
      json.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    out.write('\n');
    return out.toByteArray();
  }

  private static void writeValue(JsonGenerator json, Object value) throws IOException {
    if (value == null) {
      json.writeNull();
    } else if (value instanceof Integer || value instanceof Long) {
      json.writeNumber(((Number) value).longValue());
    } else if (value instanceof Number number) {
      json.writeNumber(number.doubleValue());
    } else if (value instanceof Boolean bool) {
      json.writeBoolean(bool);
    } else {
      json.writeString(value.toString());
    }
  }

  private static byte[] text(ILoggingEvent event, RequestTrace trace) {
    StringBuilder line = new StringBuilder(128)
        .append(CLOCK.format(event.getInstant())).append(' ')
        .append(String.format(Locale.ROOT, "%-5s", event.getLevel())).append(' ')
        .append(shortName(event.getLoggerName())).append(' ')
        .append(event.getFormattedMessage());
    for (KeyValuePair pair : pairs(event)) {
      if (pair.value != null && !TEXT_OMITS.contains(pair.key)) {
        line.append(' ').append(pair.key).append('=').append(pair.value);
      }
    }
    String requestId = trace != null ? trace.requestId() : pairs(event).stream()
        .filter(p -> p.key.equals("requestId") && p.value != null).map(p -> p.value.toString()).findFirst().orElse(null);
    if (requestId != null) {
      line.append(" [").append(requestId).append(']');
    }
    line.append(System.lineSeparator());
    if (event.getThrowableProxy() != null) {
      line.append(ThrowableProxyUtil.asString(event.getThrowableProxy())).append(System.lineSeparator());
    }
    return line.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static List<KeyValuePair> pairs(ILoggingEvent event) {
    List<KeyValuePair> pairs = event.getKeyValuePairs();
    return pairs == null ? List.of() : pairs;
  }

  private static boolean hasKey(ILoggingEvent event, String key) {
    return pairs(event).stream().anyMatch(p -> p.key.equals(key));
  }

  private static String shortName(String logger) {
    int dot = logger.lastIndexOf('.');
    return dot < 0 ? logger : logger.substring(dot + 1);
  }
}
