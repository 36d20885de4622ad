package org.decisionnotices.render.testkit.pdf;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.ValidationResult;
import org.verapdf.pdfa.validation.profiles.Profiles;
import org.verapdf.pdfa.validation.profiles.RuleId;
import org.verapdf.pdfa.validation.profiles.ValidationProfile;

/**
 * veraPDF checks, by default for PDF/UA-1 and PDF/A-2a. Only the profiles named are loaded (parsing
 * all of veraPDF's profiles costs seconds); make one per test class.
 *
 * <p>Needs {@code org.verapdf:validation-model} on the test class path (an optional dependency of
 * the testkit).
 *
 * @since 0.1.0
 */
public final class VeraPdf {
  /** PDF/UA-1, as veraPDF's profile file names it. */
  public static final String UA1 = "PDFUA-1";

  /** PDF/A-2 level a. */
  public static final String A2A = "PDFA-2A";

  private final List<ValidationProfile> profiles = new ArrayList<>();

  /** PDF/UA-1 and PDF/A-2a. */
  public VeraPdf() throws Exception {
    this(UA1, A2A);
  }

  /** The profiles named, e.g. {@link #UA1}. */
  public VeraPdf(String... profileNames) throws Exception {
    VeraGreenfieldFoundryProvider.initialise();
    for (String name : profileNames) {
      String resource = "org/verapdf/pdfa/validation/" + name + ".xml";
      try (InputStream in = VeraPdf.class.getClassLoader().getResourceAsStream(resource)) {
        if (in == null) {
          throw new IllegalStateException(
              resource + " is missing: is org.verapdf:validation-model on the test class path?");
        }
        profiles.add(Profiles.profileFromXml(in));
      }
    }
  }

  /**
   * Every failed rule of every profile, one line each ({@code ua1 ISO 14289-1:2014 clause 7.18.3
   * test 1 (2 failed checks): …}); empty when the PDF conforms.
   */
  public List<String> failures(byte[] pdf) throws Exception {
    List<String> failures = new ArrayList<>();
    for (ValidationProfile profile : profiles) {
      PDFAFlavour flavour = profile.getPDFAFlavour();
      try (PDFAParser parser =
              Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), flavour);
          PDFAValidator validator = Foundries.defaultInstance().createValidator(profile, false)) {
        ValidationResult result = validator.validate(parser);
        for (Map.Entry<RuleId, Integer> failed : result.getFailedChecks().entrySet()) {
          RuleId rule = failed.getKey();
          failures.add(
              String.format(
                  java.util.Locale.ROOT,
                  "%s %s clause %s test %d (%d failed checks): %s",
                  flavour.getId(),
                  rule.getSpecification().getId(),
                  rule.getClause(),
                  rule.getTestNumber(),
                  failed.getValue(),
                  profile.getRuleByRuleId(rule).getDescription()));
        }
        if (!result.isCompliant() && result.getFailedChecks().isEmpty()) {
          failures.add(flavour.getId() + ": not compliant, but no failed rule was reported");
        }
      }
    }
    return failures;
  }
}
