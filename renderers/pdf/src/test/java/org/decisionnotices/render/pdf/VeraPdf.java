package org.decisionnotices.render.pdf;

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
 * veraPDF checks for PDF/UA-1 and PDF/A-2a. Only the two profiles needed are loaded (parsing
 * all of veraPDF's profiles costs seconds), once per test class.
 */
final class VeraPdf {
  private final List<ValidationProfile> profiles = new ArrayList<>();

  VeraPdf() throws Exception {
    VeraGreenfieldFoundryProvider.initialise();
    for (String name : List.of("PDFUA-1.xml", "PDFA-2A.xml")) {
      String resource = "org/verapdf/pdfa/validation/" + name;
      try (InputStream in = VeraPdf.class.getClassLoader().getResourceAsStream(resource)) {
        if (in == null) {
          throw new IllegalStateException(resource + " is missing: is org.verapdf:validation-model on the test class path?");
        }
        profiles.add(Profiles.profileFromXml(in));
      }
    }
  }

  /** Every failed rule of both profiles, one line each; empty when the PDF conforms. */
  List<String> failures(byte[] pdf) throws Exception {
    List<String> failures = new ArrayList<>();
    for (ValidationProfile profile : profiles) {
      PDFAFlavour flavour = profile.getPDFAFlavour();
      try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), flavour);
          PDFAValidator validator = Foundries.defaultInstance().createValidator(profile, false)) {
        ValidationResult result = validator.validate(parser);
        for (Map.Entry<RuleId, Integer> failed : result.getFailedChecks().entrySet()) {
          RuleId rule = failed.getKey();
          failures.add(
              String.format(
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
