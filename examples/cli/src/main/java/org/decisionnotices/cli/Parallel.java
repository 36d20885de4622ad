package org.decisionnotices.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Runs a batch's tasks on a fixed number of threads and hands their results back in input order, so
 * that messages and file lists come out as a single thread would print them. At most two tasks per
 * thread are queued ahead of the oldest unfinished one, which bounds the memory a batch holds.
 */
final class Parallel implements AutoCloseable {
  /** One unit of work; may throw. */
  interface Task<T> {
    T call() throws Exception;
  }

  /** Receives each result on the calling thread, in input order. */
  interface Done<T> {
    void accept(int index, T result) throws IOException;
  }

  private final int threads;
  private final ExecutorService pool;

  /** {@code threads} of 1 runs every task on the calling thread. */
  Parallel(int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, but was " + threads);
    }
    this.threads = threads;
    this.pool =
        threads == 1
            ? null
            : Executors.newFixedThreadPool(
                threads,
                runnable -> {
                  Thread thread = new Thread(runnable, "decision-notices-render");
                  thread.setDaemon(true);
                  return thread;
                });
  }

  /**
   * Runs every task and passes the results to {@code done} in the order of {@code tasks}. On the
   * first failure it stops handing out tasks, waits for the running ones to end, and throws that
   * failure (an {@link IOException} or unchecked exception as it was thrown). The pool cannot be
   * used again after a failure.
   */
  <T> void run(List<? extends Task<T>> tasks, Done<T> done) throws IOException {
    if (pool == null) {
      for (int i = 0; i < tasks.size(); i++) {
        done.accept(i, call(tasks.get(i)));
      }
      return;
    }
    Deque<Future<T>> running = new ArrayDeque<>();
    int next = 0;
    int finished = 0;
    try {
      while (finished < tasks.size()) {
        while (next < tasks.size() && running.size() < 2 * threads) {
          Task<T> task = tasks.get(next++);
          running.add(pool.submit(() -> call(task)));
        }
        done.accept(finished++, await(running.removeFirst()));
      }
    } catch (IOException | RuntimeException | Error e) {
      // Tasks still queued never start; running ones are waited for, so that no thread is still
      // writing a temporary file when the caller deletes them.
      close();
      throw e;
    }
  }

  private static <T> T call(Task<T> task) throws IOException {
    try {
      return task.call();
    } catch (IOException | RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static <T> T await(Future<T> future) throws IOException {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof UncheckedIOException unchecked) {
        throw unchecked.getCause();
      }
      if (cause instanceof IOException io) {
        throw io;
      }
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (cause instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(cause);
    }
  }

  @Override
  public void close() {
    if (pool != null) {
      pool.shutdownNow();
      try {
        pool.awaitTermination(1, TimeUnit.MINUTES);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
