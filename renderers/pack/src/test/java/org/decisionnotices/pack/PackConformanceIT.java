package org.decisionnotices.pack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.List;
import org.decisionnotices.model.Meeting;
import org.decisionnotices.model.json.DecisionJson;
import org.decisionnotices.render.RenderOptions;
import org.decisionnotices.render.testkit.Samples;
import org.decisionnotices.render.testkit.pdf.VeraPdf;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** veraPDF's PDF/UA-1 verdict on the packs the other pack tests read back. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PackConformanceIT {
  private VeraPdf vera;
  @TempDir Path folder;

  @BeforeAll
  void loadValidator() throws Exception {
    vera = new VeraPdf(VeraPdf.UA1);
  }

  @Test
  void samplePublicPackConforms() throws Exception {
    assertEquals(List.of(), vera.failures(samplePack(false)));
  }

  @Test
  void sampleFullPackConforms() throws Exception {
    assertEquals(List.of(), vera.failures(samplePack(true)));
  }

  @Test
  void agendaWithProsePurposeConforms() throws Exception {
    Meeting meeting = AgendaPageTest.purposeMeeting(folder);
    assertEquals(
        List.of(), vera.failures(AgendaPageTest.write(folder, meeting, RenderOptions.defaults())));
  }

  @Test
  void brandedAgendaOverSeveralPagesConforms() throws Exception {
    Meeting meeting = AgendaPageTest.longAgenda(folder);
    assertEquals(
        List.of(), vera.failures(AgendaPageTest.write(folder, meeting, AgendaPageTest.branded())));
  }

  @Test
  void bilingualSamplePackConforms() throws Exception {
    assertEquals(List.of(), vera.failures(BilingualPackTest.samplePack()));
  }

  @Test
  void bilingualPacksEnglishFirstAndFullWithReportsConform() throws Exception {
    assertEquals(List.of(), vera.failures(BilingualPackTest.englishFirstPack()));
    assertEquals(List.of(), vera.failures(BilingualPackTest.fullPackWithReports()));
  }

  /** A pack without reports is all our own pages, so it claims PDF/A-2a too, and must meet it. */
  @Test
  void packWithoutReportsMeetsPdfA2aAsItClaims() throws Exception {
    byte[] pack = BilingualPackTest.samplePack();
    String xmp = new String(pack, java.nio.charset.StandardCharsets.ISO_8859_1);
    assertTrue(xmp.contains("<pdfaid:conformance>A</pdfaid:conformance>"), "claims PDF/A-2a");
    assertEquals(List.of(), new VeraPdf(VeraPdf.A2A).failures(pack));
  }

  @Test
  void reportsWithTheSameStructureIdsConform() throws Exception {
    assertEquals(List.of(), vera.failures(MergedStructureTest.twoReportsWithTheSameIds(folder)));
  }

  private static byte[] samplePack(boolean full) throws Exception {
    Path samples = Samples.dataDirectory();
    Meeting meeting = DecisionJson.readMeeting(samples.resolve("meeting.json"));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    AgendaPack.builder().full(full).build().write(meeting, samples, out);
    return out.toByteArray();
  }
}
