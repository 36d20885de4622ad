package org.decisionnotices.model.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * docs/format.md describes every field of the JSON Schemas, and nothing they lack. The page has a
 * part per schema ({@code ## Decision record}, {@code ## Meeting}): the table right under the
 * part's heading lists the top-level fields, and each nested object has a {@code ###} heading
 * naming its place in code ({@code `documents[]`}, {@code `items[].exempt`}) over a table of its
 * fields. A {@code ###} heading may name several places that share one shape (people, exemptions),
 * also those of the other part.
 */
class FormatReferenceTest {
  private static final String PACKAGE = "/org/decisionnotices/model/json/";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern CODE = Pattern.compile("`([^`]+)`");

  /** A field of a schema: the object it belongs to ("" for the top level), and its name. */
  record Field(String schema, String object, String name) {
    String path() {
      return object.isEmpty() ? name : object + "." + name;
    }
  }

  @Test
  void everySchemaFieldIsDocumentedAndEveryDocumentedFieldIsInTheSchema() throws IOException {
    String page = Files.readString(formatPage());
    Map<String, Map<String, Set<String>>> documented = tables(page);
    List<String> problems = new ArrayList<>();
    Set<String> described = new LinkedHashSet<>();
    for (var part : Map.of("decision-record", "Decision record", "meeting", "Meeting").entrySet()) {
      String heading = part.getValue();
      List<Field> fields = fields(part.getKey());
      assertFalse(fields.isEmpty(), part.getKey() + " has fields");
      for (Field field : fields) {
        Set<String> rows = rowsFor(documented, heading, field.object());
        described.add(heading + "|" + field.object() + "|" + field.name());
        if (rows == null) {
          problems.add(
              field.schema()
                  + ".schema.json has `"
                  + field.path()
                  + "`, but docs/format.md has no table for `"
                  + field.object()
                  + "`: add a ### heading naming `"
                  + field.object()
                  + "` in the part '## "
                  + heading
                  + "' (or in the other part), over a table of its fields");
        } else if (!rows.contains(field.name())) {
          problems.add(
              field.schema()
                  + ".schema.json has `"
                  + field.path()
                  + "`, undocumented: add a row | `"
                  + field.name()
                  + "` | type | required | what it holds | to the table "
                  + (field.object().isEmpty()
                      ? "under '## " + heading + "'"
                      : "under the ### heading naming `" + field.object() + "`")
                  + " in docs/format.md");
        }
      }
    }
    // The other way: a row for a field no schema has (renamed or removed) is stale.
    for (var part : documented.entrySet()) {
      for (var table : part.getValue().entrySet()) {
        for (String row : table.getValue()) {
          boolean known =
              described.contains(part.getKey() + "|" + table.getKey() + "|" + row)
                  || described.stream().anyMatch(d -> d.endsWith("|" + table.getKey() + "|" + row));
          if (!known) {
            problems.add(
                "docs/format.md documents `"
                    + (table.getKey().isEmpty() ? row : table.getKey() + "." + row)
                    + "` under '## "
                    + part.getKey()
                    + "', which no schema has: remove or rename the row");
          }
        }
      }
    }
    assertEquals(List.of(), problems, String.join("\n", problems));
  }

  /** The rows documenting {@code object}: in the part's own tables, or one naming it elsewhere. */
  private static Set<String> rowsFor(
      Map<String, Map<String, Set<String>>> documented, String part, String object) {
    Set<String> own = documented.getOrDefault(part, Map.of()).get(object);
    if (own != null || object.isEmpty()) {
      return own;
    }
    for (Map<String, Set<String>> other : documented.values()) {
      if (other.containsKey(object)) {
        return other.get(object);
      }
    }
    return null;
  }

  /** part heading -> object place ("" for the part's top-level table) -> field names. */
  static Map<String, Map<String, Set<String>>> tables(String page) {
    Map<String, Map<String, Set<String>>> parts = new LinkedHashMap<>();
    Map<String, Set<String>> part = null;
    List<String> places = List.of();
    for (String line : page.split("\n")) {
      if (line.startsWith("## ")) {
        part = parts.computeIfAbsent(line.substring(3).strip(), k -> new LinkedHashMap<>());
        places = List.of("");
      } else if (line.startsWith("### ") && part != null) {
        places = codeSpans(line);
      } else if (line.startsWith("| `") && part != null) {
        String first = line.substring(1, line.indexOf('|', 1));
        for (String place : places) {
          part.computeIfAbsent(place, k -> new LinkedHashSet<>()).addAll(codeSpans(first));
        }
      }
    }
    return parts;
  }

  private static List<String> codeSpans(String text) {
    List<String> spans = new ArrayList<>();
    Matcher m = CODE.matcher(text);
    while (m.find()) {
      spans.add(m.group(1));
    }
    return spans;
  }

  /** Every field of a schema, nested objects and list items included ({@code documents[]}). */
  static List<Field> fields(String schema) throws IOException {
    List<Field> out = new ArrayList<>();
    JsonNode root = load(schema);
    collect(schema, root, root, "", out);
    return out;
  }

  private static void collect(
      String schema, JsonNode root, JsonNode node, String place, List<Field> out)
      throws IOException {
    JsonNode resolved = resolve(schema, root, node);
    if (resolved == null) {
      return;
    }
    if (resolved.has("allOf")) {
      for (JsonNode part : resolved.get("allOf")) {
        collect(schema, root, part, place, out);
      }
    }
    if (resolved.has("items") && resolved.get("items").isObject()) {
      collect(schema, root, resolved.get("items"), place + "[]", out);
    }
    JsonNode properties = resolved.get("properties");
    if (properties == null) {
      return;
    }
    for (Iterator<String> names = properties.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      out.add(new Field(schema, place, name));
      collect(schema, root, properties.get(name), place.isEmpty() ? name : place + "." + name, out);
    }
  }

  /**
   * The node a {@code $ref} points to within the schemas, or the node itself; {@code null} for a
   * reference to a whole schema (a meeting item's decision is a record, documented as such).
   */
  private static JsonNode resolve(String schema, JsonNode root, JsonNode node) throws IOException {
    if (!node.has("$ref")) {
      return node;
    }
    String ref = node.get("$ref").asText();
    int hash = ref.indexOf('#');
    String file = hash < 0 ? ref : ref.substring(0, hash);
    if (hash < 0 || hash == ref.length() - 1) {
      return null;
    }
    JsonNode target = file.isEmpty() ? root : load(file.replace(".schema.json", ""));
    return resolve(schema, target, target.at(ref.substring(hash + 1)));
  }

  private static JsonNode load(String schema) throws IOException {
    try (InputStream in =
        FormatReferenceTest.class.getResourceAsStream(PACKAGE + schema + ".schema.json")) {
      return JSON.readTree(in);
    }
  }

  private static Path formatPage() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path page = dir.resolve("docs").resolve("format.md");
      if (Files.isRegularFile(page)) {
        return page;
      }
    }
    throw new IllegalStateException(
        "docs/format.md not found above " + Path.of("").toAbsolutePath());
  }
}
