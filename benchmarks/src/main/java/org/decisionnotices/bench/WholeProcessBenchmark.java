package org.decisionnotices.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.decisionnotices.model.json.DecisionJson;
import org.decisionnotices.render.DecisionNotices;
import org.decisionnotices.render.Format;
import org.decisionnotices.render.html.HtmlRenderer;
import org.decisionnotices.render.testkit.Samples;

/**
 * Batch speed as a user sees it: the command line against openhtmltopdf, each run as one fresh
 * process over the same N notices, alternating ours and theirs, then the medians and their ratio;
 * and the wall time of a fresh process rendering one record as PDF, DOCX, HTML and all three. Run
 * from the project root after {@code mvn -q -DskipTests package}:
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar org.decisionnotices.bench.WholeProcessBenchmark
 *     [--notices 300] [--rounds 3] [--cold 5] [--samples latin|all] [--ours "COMMAND"]
 *     [--peer-jvm "OPTIONS"]
 * </pre>
 *
 * <p>The notices are the sample records of {@code examples/data}, round robin, each with its own
 * id. By default ({@code --samples latin}) the multilingual sample is left out: the peer has one
 * font and no fallback, so on its Urdu, Bengali or Chinese it draws empty boxes where we shape and
 * embed up to nine more faces, which is not the same work; {@code --samples all} includes it. Ours
 * reads them as JSON ({@code render FILES --format pdf}); the peer is given the same notices
 * already as XHTML (our HTML renderer's page with a print style sheet naming DejaVu Sans), so it
 * does not pay for reading JSON or laying out; see {@link PeerPdfBatch}. The default command for
 * ours is the launcher {@code examples/cli/target/decision-notices} if it exists, else {@code java
 * -jar examples/cli/target/decision-notices.jar}.
 */
public final class WholeProcessBenchmark {
  private static final String PEER_STYLE =
      "<style>@page { size: A4; margin: 18mm 16mm 20mm; }"
          + " body { font-family: 'DejaVu Sans'; font-size: 11pt; line-height: 1.4; }"
          + " h1 { font-size: 20pt; } h2 { font-size: 14pt; } dt { font-weight: bold; }"
          + " table { width: 100%; border-collapse: collapse; } th, td { text-align: left; }"
          + "</style>";

  private static final String MULTILINGUAL = "community-languages-grants";

  private WholeProcessBenchmark() {}

  public static void main(String[] args) throws Exception {
    int notices = 300;
    int rounds = 3;
    int cold = 5;
    List<String> ours = null;
    List<String> peerJvm = List.of();
    boolean allSamples = false;
    for (int i = 0; i < args.length; i += 2) {
      switch (args[i]) {
        case "--notices" -> notices = Integer.parseInt(args[i + 1]);
        case "--rounds" -> rounds = Integer.parseInt(args[i + 1]);
        case "--cold" -> cold = Integer.parseInt(args[i + 1]);
        case "--ours" -> ours = words(args[i + 1]);
        case "--peer-jvm" -> peerJvm = words(args[i + 1]);
        case "--samples" -> allSamples = args[i + 1].equals("all");
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    if (ours == null) {
      Path launcher = Path.of("examples/cli/target/decision-notices");
      ours =
          Files.isExecutable(launcher)
              ? List.of(launcher.toString())
              : List.of("java", "-jar", "examples/cli/target/decision-notices.jar");
    }
    Path work = Files.createTempDirectory("whole-process");
    List<Path> records = writeRecords(work.resolve("json"), notices, allSamples);
    List<Path> pages = writePeerPages(records, work.resolve("xhtml"));
    Path fonts = Path.of("/usr/share/fonts/truetype/dejavu");

    System.out.printf(
        Locale.ROOT,
        "%d notices (%s samples), %d rounds; ours: %s; peer JVM options: %s; %d cores%n",
        notices,
        allSamples ? "all" : "latin",
        rounds,
        String.join(" ", ours),
        peerJvm,
        Runtime.getRuntime().availableProcessors());
    List<Double> ourTimes = new ArrayList<>();
    List<Double> peerTimes = new ArrayList<>();
    List<Double> ourCpu = new ArrayList<>();
    List<Double> peerCpu = new ArrayList<>();
    for (int round = 1; round <= rounds; round++) {
      Path ourOut = fresh(work.resolve("ours"));
      List<String> ourCommand = new ArrayList<>(ours);
      ourCommand.addAll(List.of("render", "--format", "pdf", "--out", ourOut.toString()));
      records.forEach(r -> ourCommand.add(r.toString()));
      double a = timed(ourCommand, work);
      double aCpu = lastCpu;
      check(ourOut, notices);

      Path peerOut = fresh(work.resolve("peer"));
      List<String> peerCommand = new ArrayList<>();
      peerCommand.add(java());
      peerCommand.addAll(peerJvm);
      peerCommand.addAll(
          List.of(
              "-cp",
              System.getProperty("java.class.path"),
              PeerPdfBatch.class.getName(),
              peerOut.toString(),
              fonts.toString()));
      pages.forEach(p -> peerCommand.add(p.toString()));
      double b = timed(peerCommand, work);
      double bCpu = lastCpu;
      check(peerOut, notices);
      ourTimes.add(a);
      peerTimes.add(b);
      ourCpu.add(aCpu);
      peerCpu.add(bCpu);
      System.out.printf(
          Locale.ROOT,
          "round %d: ours %.2f s (CPU %.2f s), openhtmltopdf %.2f s (CPU %.2f s) (load %s)%n",
          round,
          a,
          aCpu,
          b,
          bCpu,
          load());
    }
    double ourMedian = median(ourTimes);
    double peerMedian = median(peerTimes);
    System.out.printf(
        Locale.ROOT,
        "median: ours %.2f s (%.1f ms/notice), openhtmltopdf %.2f s (%.1f ms/notice):"
            + " ours %.1fx faster%n",
        ourMedian,
        ourMedian * 1000 / notices,
        peerMedian,
        peerMedian * 1000 / notices,
        peerMedian / ourMedian);
    System.out.printf(
        Locale.ROOT,
        "median CPU: ours %.2f s, openhtmltopdf %.2f s: ours uses %.1fx less%n",
        median(ourCpu),
        median(peerCpu),
        median(peerCpu) / median(ourCpu));

    if (cold > 0) {
      List<String> formats = List.of("pdf", "docx", "html", "pdf,docx,html");
      List<List<Double>> times = new ArrayList<>();
      List<List<Double>> cpu = new ArrayList<>();
      formats.forEach(
          f -> {
            times.add(new ArrayList<>());
            cpu.add(new ArrayList<>());
          });
      Path seed = Samples.dataDirectory().resolve("lscb-annual-report.json");
      for (int run = 0; run < cold; run++) {
        for (int f = 0; f < formats.size(); f++) {
          Path out = fresh(work.resolve("cold"));
          List<String> command = new ArrayList<>(ours);
          command.addAll(List.of("render", "--format", formats.get(f), "--out", out.toString()));
          command.add(seed.toString());
          times.get(f).add(timed(command, work));
          cpu.get(f).add(lastCpu);
        }
      }
      for (int f = 0; f < formats.size(); f++) {
        System.out.printf(
            Locale.ROOT,
            "fresh process, one record, %s: median %.2f s of %d, CPU %.2f s (%s)%n",
            formats.get(f),
            median(times.get(f)),
            cold,
            median(cpu.get(f)),
            times.get(f).stream().map(t -> String.format(Locale.ROOT, "%.2f", t)).toList());
      }
      System.out.printf(Locale.ROOT, "load after: %s%n", load());
    }
    deleteTree(work);
  }

  /** N records from the samples, round robin, each with its own id (so its own file names). */
  private static List<Path> writeRecords(Path folder, int count, boolean allSamples)
      throws IOException {
    Files.createDirectories(folder);
    ObjectMapper json = new ObjectMapper();
    List<ObjectNode> samples = new ArrayList<>();
    for (Samples.Sample sample : Samples.records()) {
      if (!allSamples && sample.name().equals(MULTILINGUAL)) {
        continue;
      }
      samples.add((ObjectNode) json.readTree(sample.file().toFile()));
    }
    List<Path> files = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      ObjectNode record = samples.get(i % samples.size()).deepCopy();
      String id = String.format(Locale.ROOT, "%s-%04d", record.get("id").asText(), i);
      record.put("id", id);
      Path file = folder.resolve(id + ".json");
      json.writeValue(file.toFile(), record);
      files.add(file);
    }
    return files;
  }

  /** The same notices as well-formed XHTML pages for openhtmltopdf, made in this process. */
  private static List<Path> writePeerPages(List<Path> records, Path folder) throws IOException {
    Files.createDirectories(folder);
    DecisionNotices notices =
        DecisionNotices.builder().discoverRenderers(false).renderer(HtmlRenderer.create()).build();
    List<Path> pages = new ArrayList<>();
    for (Path file : records) {
      var record = DecisionJson.readRecord(file);
      ByteArrayOutputStream html = new ByteArrayOutputStream();
      notices.render(record, Format.HTML, html);
      String xhtml =
          html.toString(StandardCharsets.UTF_8)
              .replaceFirst("^<!doctype html>", "<!DOCTYPE html>")
              .replaceFirst("(?s)<style>.*?</style>", PEER_STYLE)
              .replaceAll("<(meta|link|br|img|hr|col)\\b([^>]*?)\\s*/?>", "<$1$2/>");
      Path page = folder.resolve(record.id() + ".xhtml");
      Files.writeString(page, xhtml, StandardCharsets.UTF_8);
      pages.add(page);
    }
    return pages;
  }

  /** CPU seconds (user and system) of the last process {@link #timed} ran. */
  private static double lastCpu;

  private static double timed(List<String> command, Path work) throws Exception {
    Path log = work.resolve("stderr.txt");
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .redirectError(log.toFile());
    double cpuBefore = childrenCpu();
    long start = System.nanoTime();
    int status = builder.start().waitFor();
    double seconds = (System.nanoTime() - start) / 1e9;
    lastCpu = childrenCpu() - cpuBefore;
    if (status != 0) {
      throw new IllegalStateException(
          "exit " + status + " from " + command.get(0) + ": " + Files.readString(log));
    }
    return seconds;
  }

  private static void check(Path out, int expected) throws IOException {
    try (Stream<Path> files = Files.list(out)) {
      long pdfs = files.filter(f -> f.toString().endsWith(".pdf")).count();
      if (pdfs != expected) {
        throw new IllegalStateException(out + " holds " + pdfs + " PDFs, not " + expected);
      }
    }
  }

  private static Path fresh(Path folder) throws IOException {
    deleteTree(folder);
    return Files.createDirectories(folder);
  }

  private static void deleteTree(Path folder) throws IOException {
    if (Files.exists(folder)) {
      try (Stream<Path> tree = Files.walk(folder)) {
        for (Path p : tree.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
  }

  private static double median(List<Double> values) {
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }

  /**
   * CPU seconds used by this process's children that have ended and been waited for: fields cutime
   * and cstime of /proc/self/stat, in clock ticks of (on Linux) 1/100 s. Unlike wall time, it
   * hardly depends on what else the machine is doing.
   */
  private static double childrenCpu() throws IOException {
    String stat = Files.readString(Path.of("/proc/self/stat"));
    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
    // After the command name: state is field 3, so cutime (16) and cstime (17) are at 13 and 14.
    return (Long.parseLong(fields[13]) + Long.parseLong(fields[14])) / 100.0;
  }

  private static String load() throws IOException {
    return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
  }

  private static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  private static List<String> words(String command) {
    return Arrays.stream(command.trim().split("\\s+")).filter(w -> !w.isEmpty()).toList();
  }
}
