package org.decisionnotices.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.decisionnotices.render.Branding;
import org.decisionnotices.render.Logo;
import org.decisionnotices.render.PageSize;
import org.decisionnotices.render.RenderOptions;
import picocli.CommandLine.Option;

/** The options that set how documents look: council branding, paper and label language. */
final class LookOptions {
  @Option(
      names = "--council",
      paramLabel = "NAME",
      description = "Council name for the page header.")
  String council;

  @Option(
      names = "--logo",
      paramLabel = "FILE",
      description = "Council logo, PNG or JPEG; needs --logo-alt.")
  Path logo;

  @Option(
      names = "--logo-alt",
      paramLabel = "TEXT",
      description = "What the logo says to someone who cannot see it, e.g. the council's name.")
  String logoAlt;

  @Option(
      names = "--accent",
      paramLabel = "#RRGGBB",
      description =
          "Accent colour for headings; at least 4.5:1 contrast on white (default: ${DEFAULT-VALUE}).")
  String accent = Branding.NONE.accentColour();

  @Option(names = "--paper", paramLabel = "SIZE", description = "a4 or letter (default: a4).")
  String paper = "a4";

  @Option(
      names = "--labels",
      paramLabel = "LANG",
      description = "Language of the labels, e.g. cy-GB (default: each document's own language).")
  String labels;

  /**
   * The render options these flags ask for.
   *
   * @throws IllegalArgumentException naming the option, if a value is unusable
   */
  RenderOptions toRenderOptions() throws IOException {
    RenderOptions.Builder options = RenderOptions.builder();
    switch (paper.toLowerCase(Locale.ROOT)) {
      case "a4" -> options.pageSize(PageSize.A4);
      case "letter" -> options.pageSize(PageSize.LETTER);
      default ->
          throw new IllegalArgumentException("--paper must be a4 or letter, but was " + paper);
    }
    if (labels != null) {
      Locale language = Locale.forLanguageTag(labels);
      if (language.getLanguage().isEmpty()) {
        throw new IllegalArgumentException(
            "--labels must be a language tag such as cy-GB, but was " + labels);
      }
      options.labelLanguage(language);
    }
    Logo image = null;
    if (logo != null) {
      if (logoAlt == null || logoAlt.isBlank()) {
        throw new IllegalArgumentException(
            "--logo needs --logo-alt: a logo must have a text alternative");
      }
      if (!Files.isRegularFile(logo)) {
        throw new IllegalArgumentException("--logo: no such file: " + logo);
      }
      image = new Logo(Files.readAllBytes(logo), mediaType(logo), logoAlt);
    }
    try {
      options.branding(new Branding(council, image, accent));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("--accent: " + e.getMessage(), e);
    }
    return options.build();
  }

  private static String mediaType(Path file) throws IOException {
    byte[] head = new byte[3];
    try (var in = Files.newInputStream(file)) {
      if (in.readNBytes(head, 0, 3) == 3) {
        if ((head[0] & 0xFF) == 0x89 && head[1] == 'P' && head[2] == 'N') {
          return "image/png";
        }
        if ((head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xD8) {
          return "image/jpeg";
        }
      }
    }
    throw new IllegalArgumentException("--logo must be a PNG or JPEG file: " + file);
  }
}
