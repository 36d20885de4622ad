package org.decisionnotices.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.decisionnotices.model.json.DecisionJson;
import org.decisionnotices.model.json.InvalidInputException;
import org.decisionnotices.model.json.Problem;
import org.decisionnotices.render.DecisionNotices;
import org.decisionnotices.render.Format;
import org.decisionnotices.render.Renderer;
import org.decisionnotices.render.docx.DocxRenderer;
import org.decisionnotices.render.html.HtmlRenderer;
import org.decisionnotices.render.layout.Notice;
import org.decisionnotices.render.pdf.PdfPreview;
import org.decisionnotices.render.pdf.PdfRenderer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Renders decision records into PDF, DOCX and HTML. */
@Command(
    name = "render",
    mixinStandardHelpOptions = true,
    description = {
      "Renders decision records. Writes DIR/<id>.pdf, <id>.docx and <id>.html.",
      "Given a meeting, renders its decisions list as DIR/<meeting id>-decisions.*,",
      "or with --minutes its minutes as DIR/<meeting id>-minutes.*.",
      "Every input is checked first: if any is invalid, nothing is written (exit 2).",
      "A failed run leaves no partial output file behind."
    })
final class RenderCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(
      arity = "1..*",
      paramLabel = "RECORD.json",
      description = "Decision records (or meetings) to render.")
  List<Path> files;

  @Option(
      names = "--format",
      split = ",",
      paramLabel = "FORMAT",
      description = "Formats to write, comma-separated (default: pdf,docx,html).")
  List<String> formats = List.of("pdf", "docx", "html");

  @Option(
      names = "--out",
      paramLabel = "DIR",
      description = "Output folder (default: the current folder).")
  Path out = Path.of(".");

  @Option(
      names = "--png",
      description = "Also write PNG images of each PDF's pages into DIR/<id>-pages/, to look at.")
  boolean png;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "Documents rendered at once (default: one per processor core).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(
      names = "--draft",
      description = {
        "Mark the documents as drafts: \"DRAFT\" (\"DRAFFT\" in Welsh) on every PDF page, a DOCX",
        "watermark, an HTML banner kept out of search engines; the title says draft."
      })
  boolean draft;

  @Option(
      names = "--minutes",
      description = {
        "Given a meeting, render its minutes as DIR/<meeting id>-minutes.* instead of its",
        "decisions list. Exempt items show only their number, title and exemption."
      })
  boolean minutes;

  @Option(
      names = "--full",
      description =
          "With --minutes: exempt items in full (<meeting id>-minutes-full.*), not for the public.")
  boolean full;

  @Option(
      names = "--with",
      paramLabel = "TRANSLATION.json",
      description = {
        "The same record (or meeting) in the other language: writes one bilingual document,",
        "Welsh first, as DIR/<id>-bilingual.*. The two must be the same decision: same id but for",
        "a -cy/-en ending, same date and decision maker type (meetings: same date and time)."
      })
  Path with;

  @Option(
      names = "--english-first",
      description = "With --with: the English part first (default: Welsh first).")
  boolean englishFirst;

  @Mixin LookOptions look = new LookOptions();

  /** Whether standard error is a terminal, so that progress is worth showing; set by Main. */
  boolean progressOnTerminal;

  /**
   * A file read: its document, or the problems that make it invalid; {@code unshowable} lists the
   * characters no PDF font can show, when PDFs are wanted (else it is empty).
   */
  private record Read(
      Path file,
      Object document,
      InvalidInputException invalid,
      String failure,
      List<Problem> unshowable) {}

  @Override
  public Integer call() throws IOException {
    long started = System.nanoTime();
    PrintWriter err = spec.commandLine().getErr();
    if (threads < 1) {
      err.println("decision-notices: --threads must be at least 1, but was " + threads);
      return Main.INVALID_INPUT;
    }
    try (Parallel parallel = new Parallel(threads)) {
      // One PDF renderer checks every input's characters and writes every PDF, so that its fonts
      // are read once, not once per input.
      PdfRenderer pdf = png || formats.contains(Format.PDF.id()) ? PdfRenderer.create() : null;
      // No method of this class names PdfRenderer, not even a lambda's: picocli reads them all by
      // reflection, which would load the PDF renderer in a run without PDF.
      Function<Record, List<Problem>> check = pdf == null ? null : pdf::unsupportedCharacters;
      // Every input is read and checked (on all cores) before anything is written.
      List<Object> documents = new ArrayList<>();
      boolean[] invalid = {false};
      parallel.run(
          files.stream().map(file -> (Parallel.Task<Read>) () -> read(file, check)).toList(),
          (index, read) -> {
            if (read.invalid() != null) {
              Inputs.report(read.file(), read.invalid(), err);
              invalid[0] = true;
            } else if (read.failure() != null) {
              err.println(read.file() + ": " + read.failure());
              invalid[0] = true;
            } else {
              invalid[0] |= Inputs.report(read.file(), read.unshowable(), err);
              documents.add(read.document());
            }
          });
      if (invalid[0]) {
        return Main.INVALID_INPUT;
      }
      if (with != null) {
        if (documents.size() != 1) {
          err.println(
              "decision-notices: --with pairs one file with its translation, but "
                  + files.size()
                  + " files were given");
          return Main.INVALID_INPUT;
        }
        Read translation = read(with, null);
        if (translation.invalid() != null) {
          Inputs.report(with, translation.invalid(), err);
          return Main.INVALID_INPUT;
        } else if (translation.failure() != null) {
          err.println(with + ": " + translation.failure());
          return Main.INVALID_INPUT;
        }
        documents.set(
            0, new Publishing.Pair(files.get(0), documents.get(0), with, translation.document()));
      }
      List<String> problems = publishing().problems(files, documents);
      if (!problems.isEmpty()) {
        problems.forEach(err::println);
        return Main.INVALID_INPUT;
      }
      Set<Format> wanted = new LinkedHashSet<>();
      if (png) {
        wanted.add(Format.PDF);
      }
      formats.forEach(id -> wanted.add(Format.of(id)));
      DecisionNotices notices;
      try {
        notices =
            renderers(wanted, pdf)
                .options(look.toRenderOptions().toBuilder().draft(draft).build())
                .build();
      } catch (IllegalArgumentException | IOException e) {
        err.println("decision-notices: " + Inputs.describe(e));
        return Main.INVALID_INPUT;
      }
      for (String id : formats) {
        if (!notices.formats().contains(Format.of(id))) {
          err.println(
              "decision-notices: format not available: "
                  + id
                  + " (available: "
                  + ids(notices.formats())
                  + ")");
          return Main.FAILED;
        }
      }
      Progress progress = new Progress(err, progressOnTerminal, documents.size());
      List<Path> written = new ArrayList<>();
      try (OutputFiles outputs = new OutputFiles(out)) {
        // One task per document and format, so that even a single record's formats are written
        // at once; layout is repeated per format, which costs far less than waiting for it.
        List<Parallel.Task<List<Path>>> tasks = new ArrayList<>();
        for (Object document : documents) {
          for (Format format : wanted) {
            tasks.add(() -> render(notices, document, format, outputs));
          }
        }
        try {
          parallel.run(
              tasks,
              (index, paths) -> {
                written.addAll(paths);
                if (index % wanted.size() == wanted.size() - 1) {
                  progress.done(files.get(index / wanted.size()));
                }
              });
        } finally {
          progress.clear();
        }
        outputs.commit();
      }
      PrintWriter stdout = spec.commandLine().getOut();
      written.forEach(stdout::println);
      progress.summary(documents.size() * wanted.size(), System.nanoTime() - started);
    }
    return Main.DONE;
  }

  /** Reads {@code file}, and if {@code check} is not null checks its characters with it. */
  private static Read read(Path file, Function<Record, List<Problem>> check) {
    try {
      Object document = DecisionJson.readAny(file);
      List<Problem> unshowable = check == null ? List.of() : check.apply((Record) document);
      return new Read(file, document, null, null, unshowable);
    } catch (InvalidInputException e) {
      return new Read(file, null, e, null, List.of());
    } catch (IOException e) {
      return new Read(file, null, null, Inputs.describe(e), List.of());
    }
  }

  /** Lays out one document and writes it in one format; returns the final paths of its files. */
  private List<Path> render(
      DecisionNotices notices, Object document, Format format, OutputFiles outputs)
      throws IOException {
    Notice notice = publishing().layout(notices, document);
    String name = notice.id() + "." + format.extension();
    if (png && format.equals(Format.PDF)) {
      // Rendered once, for the file and for its page images.
      ByteArrayOutputStream pdf = new ByteArrayOutputStream(64 * 1024);
      notices.render(notice, Format.PDF, pdf);
      outputs.write(name, pdf::writeTo);
      outputs.writeFolder(
          notice.id() + "-pages", folder -> PdfPreview.writePngs(pdf.toByteArray(), folder, 96));
      return List.of(out.resolve(name), out.resolve(notice.id() + "-pages"));
    }
    outputs.write(name, stream -> notices.render(notice, format, stream));
    return List.of(out.resolve(name));
  }

  /**
   * The renderers for {@code wanted}, {@code pdf} for PDF. The command's own formats are registered
   * by hand with discovery off, so that a run loads no class of a renderer it does not use: {@link
   * java.util.ServiceLoader} loads the class of every renderer it finds, wanted or not. Only a
   * format of some other renderer on the class path turns discovery on.
   */
  private static DecisionNotices.Builder renderers(Set<Format> wanted, Renderer pdf) {
    DecisionNotices.Builder builder = DecisionNotices.builder().discoverRenderers(false);
    for (Format format : wanted) {
      Renderer renderer = format.equals(Format.PDF) && pdf != null ? pdf : builtIn(format);
      if (renderer == null) {
        return DecisionNotices.builder();
      }
      builder.renderer(renderer);
    }
    return builder;
  }

  /** The command's own renderer for {@code format}, or null; only the one asked for is loaded. */
  private static Renderer builtIn(Format format) {
    switch (format.id()) {
      case "pdf":
        return PdfRenderer.create();
      case "docx":
        return DocxRenderer.create();
      case "html":
        return HtmlRenderer.create();
      default:
        return null;
    }
  }

  private Publishing publishing() {
    return new Publishing(minutes, full, englishFirst);
  }

  private static String ids(Set<Format> formats) {
    return formats.isEmpty()
        ? "none"
        : String.join(", ", formats.stream().map(Format::id).toList());
  }
}
