package org.decisionnotices.model.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The published JSON Schemas accept every sample and agree with the validator on broken input. */
class JsonSchemaTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final JsonSchemaFactory FACTORY =
      JsonSchemaFactory.getInstance(
          SpecVersion.VersionFlag.V202012,
          builder ->
              builder.schemaMappers(
                  m ->
                      m.mapPrefix(
                          "https://decision-notices.org/schema/",
                          "classpath:org/decisionnotices/model/json/")));
  private static final SchemaValidatorsConfig CONFIG =
      SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();

  private static JsonSchema schema(String name) {
    return FACTORY.getSchema(
        SchemaLocation.of("https://decision-notices.org/schema/" + name), CONFIG);
  }

  static List<Path> samples() {
    return SampleFiles.all();
  }

  @ParameterizedTest
  @MethodSource("samples")
  void everySampleMatchesItsSchema(Path file) throws Exception {
    JsonNode json = MAPPER.readTree(file.toFile());
    String schema =
        file.getFileName().toString().startsWith("meeting")
            ? "meeting.schema.json"
            : "decision-record.schema.json";
    Set<ValidationMessage> messages = schema(schema).validate(json);
    assertEquals(Set.of(), messages, file.toString());
  }

  @Test
  void theSchemaAcceptsLetteredParagraphsOfOnePart() throws Exception {
    JsonSchema schema = schema("decision-record.schema.json");
    assertEquals(
        Set.of(),
        schema.validate(MAPPER.readTree(Records.with("exempt.paragraphs", List.of(14, "18A")))));
    assertEquals(
        Set.of(),
        schema.validate(MAPPER.readTree(Records.with("exempt.paragraphs", List.of("7c", 3)))));
  }

  /** Every rule a schema can express; link schemes inside prose are the validator's alone. */
  static Stream<Arguments> brokenRecordsTheSchemaCanSee() {
    return ValidationRulesTest.brokenRecords()
        .filter(a -> !((String) a.get()[2]).matches("\\$\\.(decision|reasons|purpose|discussion)"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("brokenRecordsTheSchemaCanSee")
  void theSchemaRejectsWhatTheValidatorRejects(String rule, String json) throws Exception {
    Set<ValidationMessage> messages =
        schema("decision-record.schema.json").validate(MAPPER.readTree(json));
    assertFalse(messages.isEmpty(), rule + " passed the schema");
  }
}
