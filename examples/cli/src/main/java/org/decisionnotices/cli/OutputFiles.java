package org.decisionnotices.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Output files written all or nothing: each is written to a temporary file beside its target,
 * and only {@link #commit()} moves them into place. Closing without committing deletes them, so
 * a failed run leaves no partial file behind.
 */
final class OutputFiles implements AutoCloseable {
  /** Writes one file's content. */
  interface Content {
    void writeTo(OutputStream out) throws IOException;
  }

  private final Path folder;
  private final Map<Path, Path> pending = new LinkedHashMap<>();

  OutputFiles(Path folder) {
    this.folder = folder;
  }

  void write(String name, Content content) throws IOException {
    Files.createDirectories(folder);
    Path target = folder.resolve(name);
    Path temporary = Files.createTempFile(folder, "." + name + ".", ".part");
    pending.put(target, temporary);
    try (OutputStream out = Files.newOutputStream(temporary)) {
      content.writeTo(out);
    }
  }

  /** Moves every file into place; returns their paths. */
  List<Path> commit() throws IOException {
    List<Path> written = new ArrayList<>();
    for (Map.Entry<Path, Path> file : pending.entrySet()) {
      try {
        Files.move(file.getValue(), file.getKey(), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
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
      Files.deleteIfExists(temporary);
    }
    pending.clear();
  }
}
