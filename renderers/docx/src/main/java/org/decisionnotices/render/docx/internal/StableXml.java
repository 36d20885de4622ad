package org.decisionnotices.render.docx.internal;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Takes out of a part that docx4j wrote what differs between JVMs for the same content. Its JAXB
 * context declares every namespace it knows on the root element, in an order that follows the
 * reflection order of its classes, which changes from one JVM to the next: the declarations are put
 * in order of prefix (docx4j gives each URI its fixed prefix). Its marshaller also writes a comment
 * naming the docx4j and Java versions and the operating system: it is left out, so that a JDK
 * update does not change the bytes either.
 *
 * <p>Works on the bytes: the markup it changes is ASCII, and in UTF-8 no byte of a multi-byte
 * character is ASCII.
 */
final class StableXml {
  private static final byte[][] VERSION_COMMENTS = {
    bytes("<!-- Created by docx4j "), bytes("<!-- Modified by docx4j ")
  };
  private static final byte[] COMMENT_END = bytes("-->");
  private static final Comparator<String> DECLARATIONS_FIRST =
      Comparator.comparing((String attribute) -> !attribute.startsWith("xmlns"))
          .thenComparing(
              (a, b) -> a.startsWith("xmlns") && b.startsWith("xmlns") ? a.compareTo(b) : 0);

  private StableXml() {}

  private static byte[] bytes(String ascii) {
    return ascii.getBytes(StandardCharsets.US_ASCII);
  }

  /**
   * {@code xml} with the root element's namespace declarations in order of prefix, ahead of its
   * other attributes (whose order is kept), and without docx4j's version comment; {@code xml}
   * itself if it has neither to change.
   */
  static byte[] of(byte[] xml) {
    int start = rootStart(xml);
    if (start < 0) {
      return xml;
    }
    // The root's start tag: its name, then attributes until '>' or "/>" outside quotes.
    int i = start + 1;
    while (i < xml.length && !isSpace(xml[i]) && xml[i] != '>' && xml[i] != '/') {
      i++;
    }
    int nameEnd = i;
    List<String> attributes = new ArrayList<>();
    while (true) {
      while (i < xml.length && isSpace(xml[i])) {
        i++;
      }
      if (i >= xml.length) {
        return xml; // not well formed; leave it to its reader to say so
      }
      if (xml[i] == '>' || xml[i] == '/') {
        break;
      }
      int attributeStart = i;
      while (i < xml.length && xml[i] != '"' && xml[i] != '\'') {
        i++;
      }
      if (i >= xml.length) {
        return xml;
      }
      byte quote = xml[i++];
      while (i < xml.length && xml[i] != quote) {
        i++;
      }
      if (i >= xml.length) {
        return xml;
      }
      i++;
      attributes.add(new String(xml, attributeStart, i - attributeStart, StandardCharsets.UTF_8));
    }
    int tagRest = i;
    List<String> sorted = new ArrayList<>(attributes);
    sorted.sort(DECLARATIONS_FIRST);
    int comment = versionComment(xml, tagRest);
    if (sorted.equals(attributes) && comment < 0) {
      return xml;
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(xml.length);
    out.write(xml, 0, nameEnd);
    for (String attribute : sorted) {
      out.write(' ');
      out.writeBytes(attribute.getBytes(StandardCharsets.UTF_8));
    }
    if (comment < 0) {
      out.write(xml, tagRest, xml.length - tagRest);
    } else {
      int end = indexOf(xml, COMMENT_END, comment) + COMMENT_END.length;
      out.write(xml, tagRest, comment - tagRest);
      out.write(xml, end, xml.length - end);
    }
    return out.toByteArray();
  }

  /** Where the root element's start tag begins, after the declaration and any comments; or -1. */
  private static int rootStart(byte[] xml) {
    int i = 0;
    while (i < xml.length) {
      if (isSpace(xml[i])) {
        i++;
      } else if (startsWith(xml, i, "<?")) {
        i = after(xml, i, "?>");
      } else if (startsWith(xml, i, "<!--")) {
        i = after(xml, i, "-->");
      } else if (xml[i] == '<' && i + 1 < xml.length && xml[i + 1] != '!') {
        return i;
      } else {
        return -1;
      }
      if (i < 0) {
        return -1;
      }
    }
    return -1;
  }

  /** Where docx4j's version comment begins, or -1. */
  private static int versionComment(byte[] xml, int from) {
    for (byte[] comment : VERSION_COMMENTS) {
      int at = indexOf(xml, comment, from);
      if (at >= 0 && indexOf(xml, COMMENT_END, at) >= 0) {
        return at;
      }
    }
    return -1;
  }

  private static int after(byte[] xml, int from, String end) {
    int at = indexOf(xml, bytes(end), from);
    return at < 0 ? -1 : at + end.length();
  }

  private static boolean startsWith(byte[] xml, int at, String ascii) {
    if (at + ascii.length() > xml.length) {
      return false;
    }
    for (int k = 0; k < ascii.length(); k++) {
      if (xml[at + k] != ascii.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  private static int indexOf(byte[] xml, byte[] what, int from) {
    outer:
    for (int i = from; i <= xml.length - what.length; i++) {
      for (int k = 0; k < what.length; k++) {
        if (xml[i + k] != what[k]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  private static boolean isSpace(byte b) {
    return b == ' ' || b == '\t' || b == '\n' || b == '\r';
  }
}
