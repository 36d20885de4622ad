package org.decisionnotices.model.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.decisionnotices.model.DecisionRecord;
import org.decisionnotices.model.Meeting;
import org.decisionnotices.model.internal.Characters;
import org.decisionnotices.model.internal.LegalChecks;
import org.decisionnotices.model.internal.ModelReader;
import org.decisionnotices.model.internal.ModelWriter;
import org.decisionnotices.model.internal.Problems;

/**
 * Reads and writes decision records and meetings in the project's JSON format.
 *
 * <p>Reading reports every problem of a file at once, each with the JSON path of the value and what
 * was expected, in an {@link InvalidInputException}. All methods are thread-safe.
 *
 * @since 0.1.0
 */
public final class DecisionJson {
  /** Largest JSON file accepted. */
  public static final long MAX_FILE_BYTES = 16L * 1024 * 1024;

  // Immutable once built, and so shared by all threads.
  private static final ObjectMapper MAPPER =
      JsonMapper.builder(
              JsonFactory.builder()
                  .streamReadConstraints(
                      StreamReadConstraints.builder().maxNestingDepth(64).build())
                  .build())
          .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .enable(SerializationFeature.INDENT_OUTPUT)
          .build();

  /** Reads one model type from a JSON tree at a path, reporting problems. */
  private interface Reader<T> {
    T read(JsonNode node, String path, Problems problems);
  }

  private DecisionJson() {}

  /** Reads a decision record from a file. */
  public static DecisionRecord readRecord(Path file) throws IOException {
    return read(file, ModelReader::record);
  }

  /** Reads a decision record; the stream is read to its end but not closed. */
  public static DecisionRecord readRecord(InputStream in) throws IOException {
    return read(in, ModelReader::record);
  }

  /** Reads a decision record from a JSON string. */
  public static DecisionRecord readRecord(String json) throws InvalidInputException {
    return readString(json, ModelReader::record);
  }

  /** Reads a meeting from a file. */
  public static Meeting readMeeting(Path file) throws IOException {
    return read(file, ModelReader::meeting);
  }

  /** Reads a meeting; the stream is read to its end but not closed. */
  public static Meeting readMeeting(InputStream in) throws IOException {
    return read(in, ModelReader::meeting);
  }

  /** Reads a meeting from a JSON string. */
  public static Meeting readMeeting(String json) throws InvalidInputException {
    return readString(json, ModelReader::meeting);
  }

  /**
   * Reads a file that may hold a record or a meeting (an object with {@code items}).
   *
   * @return a {@link DecisionRecord} or a {@link Meeting}
   * @throws InvalidInputException listing every problem, if the file is invalid
   */
  public static Object readAny(Path file) throws IOException {
    JsonNode root = parse(file);
    if (root.isObject() && root.has("items")) {
      return bind(root, ModelReader::meeting);
    }
    return bind(root, ModelReader::record);
  }

  /** The record as indented JSON; reading it back gives an equal record. */
  public static String write(DecisionRecord record) {
    return toString(ModelWriter.record(Objects.requireNonNull(record, "record must not be null")));
  }

  /** The meeting as indented JSON; reading it back gives an equal meeting. */
  public static String write(Meeting meeting) {
    return toString(
        ModelWriter.meeting(Objects.requireNonNull(meeting, "meeting must not be null")));
  }

  /**
   * Where a valid record falls short of what the law asks of a published decision: reasons and
   * alternatives for executive and officer decisions, a forward plan reference for key decisions, a
   * date of effect for decisions subject to call-in. Empty if none.
   */
  public static List<Problem> warnings(DecisionRecord record) {
    Problems warnings = new Problems();
    LegalChecks.check(Objects.requireNonNull(record, "record must not be null"), "$", warnings);
    return warnings.list();
  }

  /** {@link #warnings(DecisionRecord)} for the decision of every agenda item. */
  public static List<Problem> warnings(Meeting meeting) {
    Problems warnings = new Problems();
    LegalChecks.check(Objects.requireNonNull(meeting, "meeting must not be null"), warnings);
    return warnings.list();
  }

  private static <T> T read(Path file, Reader<T> reader) throws IOException {
    return bind(parse(file), reader);
  }

  private static JsonNode parse(Path file) throws IOException {
    long size = Files.size(file);
    if (size > MAX_FILE_BYTES) {
      throw new InvalidInputException(
          List.of(
              new Problem(
                  "$", "file is " + size + " bytes; at most " + MAX_FILE_BYTES + " are accepted")));
    }
    try (InputStream in = Files.newInputStream(file)) {
      return parse(in.readAllBytes());
    }
  }

  private static <T> T read(InputStream in, Reader<T> reader) throws IOException {
    return bind(parse(in.readNBytes((int) MAX_FILE_BYTES + 1)), reader);
  }

  private static <T> T readString(String json, Reader<T> reader) throws InvalidInputException {
    try {
      return bind(parse(json.getBytes(java.nio.charset.StandardCharsets.UTF_8)), reader);
    } catch (InvalidInputException e) {
      throw e;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JsonNode parse(byte[] bytes) throws IOException {
    if (bytes.length > MAX_FILE_BYTES) {
      throw new InvalidInputException(
          List.of(new Problem("$", "input is larger than " + MAX_FILE_BYTES + " bytes")));
    }
    try {
      JsonNode root = MAPPER.readTree(bytes);
      if (root == null || root.isMissingNode()) {
        throw new InvalidInputException(
            List.of(new Problem("$", "is empty: expected a JSON object")));
      }
      return root;
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      String where =
          at == null ? "" : "line " + at.getLineNr() + ", column " + at.getColumnNr() + ": ";
      throw new InvalidInputException(
          List.of(new Problem("$", "is not well-formed JSON: " + where + e.getOriginalMessage())));
    } catch (CharConversionException e) {
      // Bytes that Jackson took for UTF-32 (found by DecisionJsonFuzzTest).
      throw new InvalidInputException(
          List.of(new Problem("$", "is not text in UTF-8, UTF-16 or UTF-32: " + e.getMessage())));
    }
  }

  private static <T> T bind(JsonNode root, Reader<T> reader) throws InvalidInputException {
    Problems problems = new Problems();
    Characters.check(root, "$", problems);
    T result = reader.read(root, "$", problems);
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems.list());
    }
    return result;
  }

  private static String toString(JsonNode node) {
    try {
      return MAPPER.writeValueAsString(node) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree could not be written", e);
    }
  }
}
