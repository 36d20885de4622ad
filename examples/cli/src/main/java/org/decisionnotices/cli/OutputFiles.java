package org.decisionnotices.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Output files written all or nothing: each is written to a temporary file beside its target, and
 * only {@link #commit()} moves them into place. Closing without committing deletes them, so a
 * failed run leaves no partial file behind.
 *
 * <p>{@link #write} and {@link #writeFolder} may be called from several threads at once; {@link
 * #commit()} and {@link #close()} only once they have all returned.
 */
final class OutputFiles implements AutoCloseable {
  /** Writes one file's content. */
  interface Content {
    void writeTo(OutputStream out) throws IOException;
  }

  /** Writes files into a folder. */
  interface FolderContent {
    void writeInto(Path folder) throws IOException;
  }

  // Renderers write in small pieces; one system call per 64 KiB instead.
  private static final int BUFFER_BYTES = 64 * 1024;

  private final Path folder;
  private final Map<Path, Path> pending = new LinkedHashMap<>();
  private final SecureRandom random = new SecureRandom();

  OutputFiles(Path folder) {
    this.folder = folder;
  }

  void write(String name, Content content) throws IOException {
    Files.createDirectories(folder);
    Path target = folder.resolve(name);
    Path temporary = temporaryName(name);
    synchronized (pending) {
      pending.put(target, temporary);
    }
    // Not Files.createTempFile: its files are private to the owner, and a notice is for publishing.
    try (OutputStream out =
        new BufferedOutputStream(
            Files.newOutputStream(
                temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE),
            BUFFER_BYTES)) {
      content.writeTo(out);
    }
  }

  /** A folder of files, written as a whole: it replaces any folder of that name on commit. */
  void writeFolder(String name, FolderContent content) throws IOException {
    Files.createDirectories(folder);
    Path target = folder.resolve(name);
    Path temporary = temporaryName(name);
    Files.createDirectory(temporary);
    synchronized (pending) {
      pending.put(target, temporary);
    }
    content.writeInto(temporary);
  }

  private Path temporaryName(String name) {
    return folder.resolve("." + name + "." + Long.toHexString(random.nextLong()) + ".part");
  }

  /** Moves every file into place; returns their paths. */
  List<Path> commit() throws IOException {
    List<Path> written = new ArrayList<>();
    for (Map.Entry<Path, Path> file : pending.entrySet()) {
      if (Files.isDirectory(file.getKey())) {
        deleteTree(file.getKey());
      }
      try {
        Files.move(
            file.getValue(),
            file.getKey(),
            StandardCopyOption.ATOMIC_MOVE,
            StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(file.getValue(), file.getKey(), StandardCopyOption.REPLACE_EXISTING);
      }
      written.add(file.getKey());
    }
    pending.clear();
    return written;
  }

  @Override
  public void close() throws IOException {
    for (Path temporary : pending.values()) {
      deleteTree(temporary);
    }
    pending.clear();
  }

  private static void deleteTree(Path path) throws IOException {
    if (Files.isDirectory(path)) {
      try (var children = Files.list(path)) {
        for (Path child : (Iterable<Path>) children::iterator) {
          deleteTree(child);
        }
      }
    }
    Files.deleteIfExists(path);
  }
}
