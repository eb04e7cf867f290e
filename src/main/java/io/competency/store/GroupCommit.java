package io.competency.store;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Timer;
import io.vertx.core.Vertx;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * Group commit: items submitted at about the same time are written together, by one call of
 * {@code write} (one transaction), and each submitter's future completes only once that write has
 * completed, with that write's outcome. A batch is written when it reaches {@code maxBatch} items or
 * when {@code window} has passed since its first item, whichever comes first; at most
 * {@code maxInFlight} batches are written at once, and while that many are in flight new items wait
 * and are written together when one completes (under load, batches grow instead of queueing).
 *
 * <p>{@code write} receives the items in submission order and returns one result per item, in the
 * same order. When its future fails, every item of the batch fails with that cause: nothing in a
 * batch is acknowledged unless all of it is.
 */
final class GroupCommit<I, O> {
  private final Vertx vertx;
  private final int maxBatch;
  private final long windowNanos;
  private final int maxInFlight;
  private final Function<List<I>, Future<List<O>>> write;

  private final Object lock = new Object();
  private List<Pending<I, O>> pending = new ArrayList<>();
  private int inFlight;
  private Timer window;

  private record Pending<I, O>(I item, Promise<O> promise) {
  }

  GroupCommit(Vertx vertx, int maxBatch, Duration window, int maxInFlight, Function<List<I>, Future<List<O>>> write) {
    if (maxBatch < 1 || maxInFlight < 1 || window.isNegative()) {
      throw new IllegalArgumentException("maxBatch and maxInFlight must be positive and window not negative");
    }
    this.vertx = Objects.requireNonNull(vertx, "vertx");
    this.maxBatch = maxBatch;
    this.windowNanos = window.toNanos();
    this.maxInFlight = maxInFlight;
    this.write = Objects.requireNonNull(write, "write");
  }

  /** Completes with the item's result once the batch holding it is written, or fails with the batch. */
  Future<O> submit(I item) {
    Promise<O> promise = Promise.promise();
    List<Pending<I, O>> batch;
    synchronized (lock) {
      pending.add(new Pending<>(item, promise));
      batch = pending.size() >= maxBatch ? take() : null;
      if (batch == null && pending.size() == 1 && inFlight < maxInFlight) {
        startWindow();
      }
    }
    if (batch != null) {
      write(batch);
    }
    return promise.future();
  }

  /** Holds the lock. */
  private void startWindow() {
    Timer started = vertx.timer(Math.max(windowNanos, 1), TimeUnit.NANOSECONDS);
    window = started;
    started.onSuccess(v -> windowClosed(started));
  }

  private void windowClosed(Timer closed) {
    List<Pending<I, O>> batch;
    synchronized (lock) {
      if (closed != window) {
        return;
      }
      window = null;
      batch = take();
    }
    if (batch != null) {
      write(batch);
    }
  }

  /** The next batch to write (counted in flight), or null when nothing waits or too many are in flight. Holds the lock. */
  private List<Pending<I, O>> take() {
    if (pending.isEmpty() || inFlight >= maxInFlight) {
      return null;
    }
    if (window != null) {
      window.cancel();
      window = null;
    }
    List<Pending<I, O>> batch;
    if (pending.size() <= maxBatch) {
      batch = pending;
      pending = new ArrayList<>();
    } else {
      batch = new ArrayList<>(pending.subList(0, maxBatch));
      pending = new ArrayList<>(pending.subList(maxBatch, pending.size()));
    }
    inFlight++;
    return batch;
  }

  private void write(List<Pending<I, O>> batch) {
    List<I> items = new ArrayList<>(batch.size());
    batch.forEach(p -> items.add(p.item()));
    Future<List<O>> written;
    try {
      written = write.apply(items);
    } catch (RuntimeException e) {
      written = Future.failedFuture(e);
    }
    written.onComplete(outcome -> {
      if (outcome.failed()) {
        batch.forEach(p -> p.promise().fail(outcome.cause()));
      } else if (outcome.result().size() != batch.size()) {
        IllegalStateException wrong = new IllegalStateException("a batch of " + batch.size() + " was written with "
            + outcome.result().size() + " results");
        batch.forEach(p -> p.promise().fail(wrong));
      } else {
        for (int i = 0; i < batch.size(); i++) {
          batch.get(i).promise().complete(outcome.result().get(i));
        }
      }
      writeCompleted();
    });
  }

  /**
   * One write is done. Items that waited for it without a window of their own (too many batches were
   * in flight when they came) have waited long enough: they are written now, as many batches as may be.
   */
  private void writeCompleted() {
    List<List<Pending<I, O>>> next = new ArrayList<>();
    synchronized (lock) {
      inFlight--;
      List<Pending<I, O>> batch;
      while (window == null && (batch = take()) != null) {
        next.add(batch);
      }
    }
    next.forEach(this::write);
  }
}
