package org.decisionnotices.model.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** A valid record as JSON, and a way to break one field of it. */
final class Records {
  static final String VALID =
      "{\"id\": \"r-1\", \"title\": \"Highways maintenance contract\","
          + " \"decisionMaker\": {\"name\": \"Cabinet\", \"type\": \"cabinet\"},"
          + " \"meeting\": {\"body\": \"Cabinet\", \"date\": \"2025-02-13\", \"time\": \"10:00\", \"url\": \"https://example.gov.uk/m/1\"},"
          + " \"status\": \"Recommendations approved\", \"keyDecision\": true,"
          + " \"forwardPlanReference\": \"KD/2025/01\", \"subjectToCallIn\": true,"
          + " \"callInDeadline\": \"2025-02-20\", \"effectiveFrom\": \"2025-02-21\","
          + " \"dateOfDecision\": \"2025-02-13\", \"decision\": \"Resolved: that the contract be awarded.\","
          + " \"reasons\": \"Best value.\", \"alternativesConsidered\": \"- Do nothing\","
          + " \"interests\": [{\"member\": \"Cllr A\", \"nature\": \"Trustee\"}],"
          + " \"reportAuthor\": {\"name\": \"B Smith\", \"email\": \"b.smith@example.gov.uk\"},"
          + " \"wards\": [\"North\"], \"exempt\": {\"paragraphs\": [3], \"reason\": \"Commercial\"},"
          + " \"documents\": [{\"title\": \"Report\", \"url\": \"https://example.gov.uk/r.pdf\","
          + " \"file\": \"reports/r.pdf\", \"mediaType\": \"application/pdf\", \"sizeBytes\": 1024}]}";

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private Records() {}

  static ObjectNode valid() {
    try {
      return (ObjectNode) MAPPER.readTree(VALID);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** VALID with the value at a dotted path ("documents.0.url") replaced, or removed if null. */
  static String with(String path, Object value) {
    ObjectNode root = valid();
    String[] steps = path.split("\\.");
    JsonNode parent = root;
    for (int i = 0; i < steps.length - 1; i++) {
      parent = parent.isArray() ? parent.get(Integer.parseInt(steps[i])) : parent.get(steps[i]);
    }
    String last = steps[steps.length - 1];
    JsonNode node = value == null ? null : MAPPER.valueToTree(value);
    if (parent instanceof ArrayNode array) {
      array.set(Integer.parseInt(last), node);
    } else if (node == null) {
      ((ObjectNode) parent).remove(last);
    } else {
      ((ObjectNode) parent).set(last, node);
    }
    return root.toString();
  }
}
