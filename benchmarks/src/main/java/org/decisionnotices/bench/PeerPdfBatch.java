package org.decisionnotices.bench;

import com.openhtmltopdf.extend.FSCacheEx;
import com.openhtmltopdf.extend.FSCacheValue;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.CacheStore;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
import com.openhtmltopdf.util.XRLog;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.File;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The peer side of {@link WholeProcessBenchmark}: openhtmltopdf in its PDF/UA mode (with PDF/A-3u,
 * the highest level it reaches) turning XHTML files into PDFs, one after another in one JVM, the
 * way a batch job would use it. Given its best chance: fast mode, DejaVu Sans (its fastest font: no
 * GSUB pass), and a font-metrics cache shared by every document. {@code java -cp
 * benchmarks/target/benchmarks.jar org.decisionnotices.bench.PeerPdfBatch OUT_DIR FONT_DIR
 * FILE.xhtml...}
 */
public final class PeerPdfBatch {
  private PeerPdfBatch() {}

  public static void main(String[] args) throws Exception {
    Path out = Path.of(args[0]);
    Path fonts = Path.of(args[1]);
    Files.createDirectories(out);
    XRLog.setLoggingEnabled(false);
    byte[] srgb = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
    MapCache metrics = new MapCache();
    for (int i = 2; i < args.length; i++) {
      Path file = Path.of(args[i]);
      String name = file.getFileName().toString().replaceFirst("\\.xhtml$", ".pdf");
      try (OutputStream pdf = Files.newOutputStream(out.resolve(name))) {
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.usePdfUaAccessibility(true);
        builder.usePdfAConformance(PdfAConformance.PDFA_3_U);
        builder.useColorProfile(srgb);
        builder.useCacheStore(CacheStore.PDF_FONT_METRICS, metrics);
        font(builder, fonts.resolve("DejaVuSans.ttf"), 400, FontStyle.NORMAL);
        font(builder, fonts.resolve("DejaVuSans-Bold.ttf"), 700, FontStyle.NORMAL);
        font(builder, fonts.resolve("DejaVuSans-Oblique.ttf"), 400, FontStyle.ITALIC);
        font(builder, fonts.resolve("DejaVuSans-BoldOblique.ttf"), 700, FontStyle.ITALIC);
        builder.withHtmlContent(
            Files.readString(file, StandardCharsets.UTF_8), file.getParent().toUri().toString());
        builder.toStream(pdf);
        builder.run();
      }
    }
  }

  private static void font(PdfRendererBuilder builder, Path file, int weight, FontStyle style) {
    File font = file.toFile();
    builder.useFont(font, "DejaVu Sans", weight, style, true);
  }

  /** openhtmltopdf's cache interface over a plain map, shared by every document of the run. */
  private static final class MapCache implements FSCacheEx<String, FSCacheValue> {
    private final Map<String, FSCacheValue> values = new ConcurrentHashMap<>();

    @Override
    public void put(String key, FSCacheValue value) {
      values.put(key, value);
    }

    @Override
    public FSCacheValue get(String key, Callable<? extends FSCacheValue> loader) {
      return values.computeIfAbsent(
          key,
          k -> {
            try {
              return loader.call();
            } catch (Exception e) {
              throw new IllegalStateException(e);
            }
          });
    }

    @Override
    public FSCacheValue get(String key) {
      return values.get(key);
    }
  }
}
