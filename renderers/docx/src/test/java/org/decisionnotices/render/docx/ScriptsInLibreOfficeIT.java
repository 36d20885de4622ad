package org.decisionnotices.render.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.decisionnotices.render.RenderOptions;
import org.decisionnotices.render.testkit.MultilingualSample;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * LibreOffice opens the multilingual DOCX and sets each script in the face the run names for it
 * (shaping with its own HarfBuzz), and its PDF reads back every passage in logical order. The faces
 * are Debian's fonts-noto-core and fonts-droid-fallback, which .ci/install-tools installs.
 */
class ScriptsInLibreOfficeIT {

  @Test
  void everyScriptIsSetInItsFaceAndReadsBack(@TempDir Path dir) throws Exception {
    var notice = MultilingualSample.notice();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    DocxRenderer.create().render(notice, RenderOptions.defaults(), out);
    Path docx = dir.resolve("multilingual.docx");
    Files.write(docx, out.toByteArray());
    run(
        dir,
        LibreOfficeConversionIT.soffice(),
        "--headless",
        "--norestore",
        "--nolockcheck",
        "-env:UserInstallation=" + dir.resolve("profile").toUri(),
        "--convert-to",
        "pdf",
        "--outdir",
        dir.toString(),
        docx.toString());
    Path pdf = dir.resolve("multilingual.pdf");
    String fonts = run(dir, "pdffonts", pdf.toString());
    List<String> missing = new ArrayList<>();
    for (String face :
        List.of(
            "NotoNaskhArabic",
            "NotoSansBengali",
            "NotoSansGurmukhi",
            "NotoSansGujarati",
            "NotoSansTamil",
            "DroidSansFallback")) {
      if (!fonts.contains(face)) {
        missing.add(face);
      }
    }
    assertEquals(List.of(), missing, "faces LibreOffice did not use:\n" + fonts);
    String text =
        run(dir, "pdftotext", "-enc", "UTF-8", pdf.toString(), "-")
            .replaceAll("[\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]", "");
    for (String passage : MultilingualSample.markedPassages().keySet()) {
      assertTrue(text.contains(passage), passage + " not in LibreOffice's PDF:\n" + text);
    }
  }

  private static String run(Path dir, String... command) throws Exception {
    Process process =
        new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    try {
      assertTrue(process.waitFor(5, TimeUnit.MINUTES), command[0] + " did not finish");
    } finally {
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly();
    }
    assertEquals(0, process.exitValue(), command[0] + ": " + output);
    return output;
  }
}
