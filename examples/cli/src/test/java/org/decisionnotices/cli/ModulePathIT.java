package org.decisionnotices.cli;

import static org.decisionnotices.render.Format.HTML;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.module.Configuration;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.decisionnotices.render.DecisionNotices;
import org.decisionnotices.render.testkit.Samples;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The library as an application on the module path sees it: the jars of this module's run-time
 * class path (Maven lists them in {@code target/module-path.txt}), resolved from the library's
 * modules into a layer of their own, with nothing from the test's class path visible to them.
 * Checks what tests on the class path cannot: that no internal package is exported or opened to
 * every module, that the renderers are found through the modules' {@code provides}, and that every
 * format renders there, with templates, labels and fonts read from inside the modules.
 */
class ModulePathIT {
  /** Library modules with a module-info, by module name. */
  private static final Set<String> EXPLICIT =
      Set.of(
          "org.decisionnotices.model",
          "org.decisionnotices.render",
          "org.decisionnotices.render.html",
          "org.decisionnotices.render.docx",
          "org.decisionnotices.render.pdf",
          "org.decisionnotices.pack");

  /**
   * Library modules without one (automatic modules, which export and open everything): each pom
   * says why.
   */
  private static final Set<String> AUTOMATIC = Set.of("org.decisionnotices.render.pdf.fonts.cjk");

  private static final Charset UTF8 = StandardCharsets.UTF_8;

  private static ModuleLayer layer;
  private static ClassLoader loader;

  @BeforeAll
  static void boot() throws IOException {
    Path list = Path.of("target", "module-path.txt");
    Path[] jars =
        Arrays.stream(Files.readString(list).trim().split(File.pathSeparator))
            .map(Path::of)
            .toArray(Path[]::new);
    for (Path jar : jars) {
      assertTrue(
          Files.isRegularFile(jar), jar + " is not a jar: run the build to `verify`, not `test`");
    }
    // What an application names: the entry point and the pack. The renderers come in as the
    // providers of the service the entry point uses, as `java --module-path` binds them; the CJK
    // fonts, an automatic module, with PDFBox, another one.
    Set<String> roots =
        new TreeSet<>(Set.of("org.decisionnotices.render", "org.decisionnotices.pack"));
    Configuration configuration =
        ModuleLayer.boot()
            .configuration()
            .resolveAndBind(ModuleFinder.of(jars), ModuleFinder.of(), roots);
    // One class loader for every module, as `java --module-path` has; its parent sees only the
    // JDK, so nothing leaks in from this test's class path.
    layer =
        ModuleLayer.boot()
            .defineModulesWithOneLoader(configuration, ClassLoader.getPlatformClassLoader());
    loader = layer.findLoader("org.decisionnotices.render");
  }

  // In an application on the module path, the thread's class loader is the one of the modules;
  // here it would be the test's class path, where JAXB's ServiceLoader would find its other copy.
  private ClassLoader before;

  @BeforeEach
  void useTheModulesClassLoader() {
    before = Thread.currentThread().getContextClassLoader();
    Thread.currentThread().setContextClassLoader(loader);
  }

  @AfterEach
  void restoreTheClassLoader() {
    Thread.currentThread().setContextClassLoader(before);
  }

  @Test
  void theLibraryModulesAreTheOnesExpected() {
    Map<String, Boolean> automatic = new TreeMap<>();
    for (Module module : layer.modules()) {
      if (module.getName().startsWith("org.decisionnotices.")) {
        automatic.put(module.getName(), module.getDescriptor().isAutomatic());
      }
    }
    Map<String, Boolean> expected = new TreeMap<>();
    EXPLICIT.forEach(name -> expected.put(name, false));
    AUTOMATIC.forEach(name -> expected.put(name, true));
    assertEquals(expected, automatic, "library modules on the module path: name -> automatic");
  }

  @Test
  void noInternalPackageIsExportedOrOpenedToEveryModule() {
    int internal = 0;
    for (String name : EXPLICIT) {
      Module module = layer.findModule(name).orElseThrow();
      for (String pkg : module.getPackages()) {
        if (pkg.endsWith(".internal") || pkg.contains(".internal.")) {
          internal++;
          assertFalse(module.isExported(pkg), name + " exports " + pkg + " to every module");
          assertFalse(module.isOpen(pkg), name + " opens " + pkg + " to every module");
        }
      }
      for (ModuleDescriptor.Exports export : module.getDescriptor().exports()) {
        assertFalse(
            export.source().contains("internal") && !export.isQualified(),
            name + " exports " + export);
      }
    }
    assertEquals(EXPLICIT.size(), internal, "each explicit module has one internal package");
  }

  @Test
  void internalTypesCannotBeReachedFromOutsideButTheApiCan() throws Exception {
    MethodHandles.Lookup outside = MethodHandles.publicLookup();
    Class<?> api = Class.forName("org.decisionnotices.render.html.HtmlRenderer", false, loader);
    outside.findStatic(api, "create", MethodType.methodType(api));
    Class<?> internal =
        Class.forName("org.decisionnotices.render.html.internal.HtmlTemplate", false, loader);
    assertThrows(
        IllegalAccessException.class,
        () -> outside.findStatic(internal, "fragment", MethodType.methodType(internal)),
        "a public method of a public class in an internal package");
  }

  @Test
  void everyFormatIsFoundThroughItsModulesProvidesAndRenders() throws Exception {
    Object notices = decisionNotices();
    Map<String, String> moduleByFormat = new TreeMap<>();
    for (Object format : (Set<?>) call(notices, "formats")) {
      String id = (String) call(format, "id");
      Object renderer = notices.getClass().getMethod("renderer", String.class).invoke(notices, id);
      moduleByFormat.put(id, renderer.getClass().getModule().getName());
    }
    assertEquals(
        Map.of(
            "docx", "org.decisionnotices.render.docx",
            "html", "org.decisionnotices.render.html",
            "pdf", "org.decisionnotices.render.pdf"),
        moduleByFormat);

    Object record = read("readRecord", Samples.dataDirectory().resolve("lscb-annual-report.json"));
    String title = (String) call(record, "title");
    assertTrue(pdfText(render(notices, record, "PDF")).contains(title), "the PDF has the title");
    assertTrue(docxText(render(notices, record, "DOCX")).contains(title), "the DOCX has the title");
    String html = new String(render(notices, record, "HTML"), UTF8);
    assertEquals(title, Jsoup.parse(html).select("h1").text(), "the HTML's heading");
  }

  @Test
  void welshLabelsAndScriptFontsAreReadFromInsideTheModules() throws Exception {
    Object notices = decisionNotices();
    Object welsh = read("readRecord", Samples.dataDirectory().resolve("welsh-decision.json"));
    String html = new String(render(notices, welsh, "HTML"), UTF8);
    assertTrue(html.contains("Manylion y penderfyniad"), "the Welsh labels");
    Object scripts =
        read("readRecord", Samples.dataDirectory().resolve("community-languages-grants.json"));
    assertTrue(
        pdfText(render(notices, scripts, "PDF")).contains((String) call(scripts, "title")),
        "a record in many scripts, Chinese among them, lays out in the PDF");
  }

  @Test
  void aMeetingsDecisionsListIsTheSameAsOnTheClassPath() throws Exception {
    Object notices = decisionNotices();
    Path folder = Samples.dataDirectory();
    Object meeting = read("readMeeting", folder.resolve("meeting.json"));
    Class<?> meetingType = Class.forName("org.decisionnotices.model.Meeting", false, loader);
    Class<?> formatType = Class.forName("org.decisionnotices.render.Format", false, loader);
    ByteArrayOutputStream list = new ByteArrayOutputStream();
    notices
        .getClass()
        .getMethod("render", meetingType, formatType, OutputStream.class)
        .invoke(notices, meeting, formatType.getField("HTML").get(null), list);
    ByteArrayOutputStream onClassPath = new ByteArrayOutputStream();
    Thread.currentThread().setContextClassLoader(before);
    DecisionNotices.create()
        .render(Samples.meeting(folder.resolve("meeting.json")), HTML, onClassPath);
    assertTrue(onClassPath.toString(UTF8).contains("Decision maker"), "a decisions list");
    assertEquals(onClassPath.toString(UTF8), list.toString(UTF8), "the same on both paths");
  }

  @Test
  void agendaPacksAreMadeInEnglishAndWelsh() throws Exception {
    byte[] english = pack("meeting.json");
    try (PDDocument pdf = Loader.loadPDF(english)) {
      assertTrue(pdf.getNumberOfPages() > 2, "front sheet, agenda and reports");
    }
    assertTrue(pdfText(english).contains("Membership"), "the pack's English words");
    assertTrue(pdfText(pack("meeting-cy.json")).contains("Aelodaeth"), "the pack's Welsh words");
  }

  private static byte[] pack(String meetingFile) throws Exception {
    Path folder = Samples.dataDirectory();
    Object meeting = read("readMeeting", folder.resolve(meetingFile));
    Class<?> packType = Class.forName("org.decisionnotices.pack.AgendaPack", true, loader);
    Object pack = call(packType.getMethod("builder").invoke(null), "build");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    packType
        .getMethod("write", meeting.getClass(), Path.class, OutputStream.class)
        .invoke(pack, meeting, folder, out);
    return out.toByteArray();
  }

  private static Object decisionNotices() throws Exception {
    Class<?> type = Class.forName("org.decisionnotices.render.DecisionNotices", true, loader);
    Object builder = type.getMethod("builder").invoke(null);
    builder.getClass().getMethod("classLoader", ClassLoader.class).invoke(builder, loader);
    return call(builder, "build");
  }

  private static Object read(String method, Path file) throws Exception {
    Class<?> json = Class.forName("org.decisionnotices.model.json.DecisionJson", true, loader);
    return json.getMethod(method, Path.class).invoke(null, file);
  }

  private static byte[] render(Object notices, Object record, String format) throws Exception {
    Class<?> formatType = Class.forName("org.decisionnotices.render.Format", false, loader);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    notices
        .getClass()
        .getMethod("render", record.getClass(), formatType, OutputStream.class)
        .invoke(notices, record, formatType.getField(format).get(null), out);
    return out.toByteArray();
  }

  private static Object call(Object target, String method) throws Exception {
    return target.getClass().getMethod(method).invoke(target);
  }

  private static String pdfText(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      // Lines joined: a long title wraps.
      return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
    }
  }

  /** The text of the DOCX body, runs joined. */
  private static String docxText(byte[] docx) throws IOException {
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
      for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
        if (entry.getName().equals("word/document.xml")) {
          String xml = new String(zip.readAllBytes(), UTF8);
          return Jsoup.parse(xml, "", Parser.xmlParser()).getElementsByTag("w:t").stream()
              .map(Element::text)
              .collect(Collectors.joining());
        }
      }
    }
    throw new AssertionError("no word/document.xml in the DOCX");
  }
}
