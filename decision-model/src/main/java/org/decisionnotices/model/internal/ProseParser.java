package org.decisionnotices.model.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;
import org.decisionnotices.model.prose.Block;
import org.decisionnotices.model.prose.Emphasis;
import org.decisionnotices.model.prose.Inline;
import org.decisionnotices.model.prose.LineBreak;
import org.decisionnotices.model.prose.Link;
import org.decisionnotices.model.prose.ListBlock;
import org.decisionnotices.model.prose.ListItem;
import org.decisionnotices.model.prose.Paragraph;
import org.decisionnotices.model.prose.Prose;
import org.decisionnotices.model.prose.Span;
import org.decisionnotices.model.prose.Strong;
import org.decisionnotices.model.prose.Text;

/** Maps CommonMark's node tree onto our prose tree, reporting what the format forbids. */
public final class ProseParser {

  private static final int MAX_LENGTH = Prose.MAX_LENGTH;
  private static final int MAX_DEPTH = Prose.MAX_DEPTH;

  /** The end of a bracketed span, {@code ]{lang=ur}} (Pandoc's syntax; quotes allowed). */
  private static final Pattern SPAN_END =
      Pattern.compile("\\]\\{\\s*lang\\s*=\\s*\"?([^\"\\s}]*)\"?\\s*\\}");

  // Parser is immutable and thread-safe; build it once.
  private static final Parser PARSER = Parser.builder().build();

  private final Consumer<String> problems;
  private boolean tooDeep;

  private ProseParser(Consumer<String> problems) {
    this.problems = problems;
  }

  /** Parses {@code markdown}, passing each problem (without a path) to {@code problems}. */
  public static Prose parse(String markdown, Consumer<String> problems) {
    if (markdown.length() > MAX_LENGTH) {
      problems.accept(
          "is " + markdown.length() + " characters long; at most " + MAX_LENGTH + " are accepted");
      return new Prose(markdown, List.of());
    }
    ProseParser parser = new ProseParser(problems);
    List<Block> blocks = parser.blocks(PARSER.parse(markdown), 0);
    return new Prose(markdown, blocks);
  }

  private List<Block> blocks(Node parent, int depth) {
    List<Block> out = new ArrayList<>();
    if (!checkDepth(depth)) {
      return out;
    }
    for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
      if (node instanceof org.commonmark.node.Paragraph
          || node instanceof org.commonmark.node.Heading) {
        out.add(new Paragraph(inlines(node, depth + 1)));
      } else if (node instanceof BulletList || node instanceof OrderedList) {
        List<ListItem> items = new ArrayList<>();
        for (Node item = node.getFirstChild(); item != null; item = item.getNext()) {
          items.add(new ListItem(blocks(item, depth + 1)));
        }
        if (!items.isEmpty()) {
          boolean ordered = node instanceof OrderedList;
          Integer start = ordered ? ((OrderedList) node).getMarkerStartNumber() : null;
          out.add(new ListBlock(ordered, start == null ? 1 : start, items));
        }
      } else if (node instanceof FencedCodeBlock code) {
        out.add(literalParagraph(code.getLiteral()));
      } else if (node instanceof IndentedCodeBlock code) {
        out.add(literalParagraph(code.getLiteral()));
      } else if (node instanceof HtmlBlock html) {
        out.add(literalParagraph(html.getLiteral()));
      } else if (node instanceof ThematicBreak) {
        continue;
      } else {
        // Block quotes and anything else: keep their content.
        out.addAll(blocks(node, depth + 1));
      }
    }
    return out;
  }

  private static Paragraph literalParagraph(String literal) {
    String text = literal.strip();
    List<Inline> inlines = new ArrayList<>();
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (i > 0) {
        inlines.add(new LineBreak());
      }
      inlines.add(new Text(lines[i]));
    }
    return new Paragraph(inlines);
  }

  private List<Inline> inlines(Node parent, int depth) {
    List<Inline> out = new ArrayList<>();
    if (!checkDepth(depth)) {
      return out;
    }
    for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
      if (node instanceof org.commonmark.node.Text text) {
        appendText(out, text.getLiteral());
      } else if (node instanceof Code code) {
        appendText(out, code.getLiteral());
      } else if (node instanceof HtmlInline html) {
        appendText(out, html.getLiteral());
      } else if (node instanceof SoftLineBreak) {
        appendText(out, " ");
      } else if (node instanceof HardLineBreak) {
        out.add(new LineBreak());
      } else if (node instanceof org.commonmark.node.Emphasis) {
        out.add(new Emphasis(inlines(node, depth + 1)));
      } else if (node instanceof StrongEmphasis) {
        out.add(new Strong(inlines(node, depth + 1)));
      } else if (node instanceof org.commonmark.node.Link link) {
        String target = link.getDestination();
        if (Link.isAllowedTarget(target)) {
          out.add(new Link(target, inlines(node, depth + 1)));
        } else {
          problems.accept(
              "link target '" + target + "' must be an https:, http: or mailto: address");
          out.addAll(inlines(node, depth + 1));
        }
      } else if (node instanceof Image) {
        // An image in prose has no place in a notice; its alt text is kept as text.
        out.addAll(inlines(node, depth + 1));
      } else {
        out.addAll(inlines(node, depth + 1));
      }
    }
    return spans(out);
  }

  /**
   * Finds bracketed spans, {@code [text]{lang=ur}}, among sibling inlines. CommonMark leaves them
   * as text (no link follows the brackets), so they are matched here, innermost first; the brackets
   * may hold emphasis or links. An unmatched bracket stays text.
   */
  private List<Inline> spans(List<Inline> in) {
    boolean any = false;
    for (Inline inline : in) {
      any |= inline instanceof Text t && t.text().contains("]{");
    }
    if (!any) {
      return in;
    }
    List<Inline> out = new ArrayList<>();
    Deque<Integer> opens = new ArrayDeque<>();
    for (Inline inline : in) {
      if (!(inline instanceof Text text)) {
        out.add(inline);
        continue;
      }
      String s = text.text();
      Matcher end = SPAN_END.matcher(s);
      int i = 0;
      while (i < s.length()) {
        int open = s.indexOf('[', i);
        int close = end.find(i) ? end.start() : -1;
        int plain = s.indexOf(']', i);
        if (plain >= 0 && plain == close) {
          plain = s.indexOf(']', close + 1);
        }
        if (open < 0 && close < 0 && plain < 0) {
          out.add(new Text(s.substring(i)));
          break;
        }
        if (plain >= 0 && (open < 0 || plain < open) && (close < 0 || plain < close)) {
          // A bracket closed without a language: the pair is text, as brackets nest.
          if (!opens.isEmpty()) {
            opens.pop();
          }
          out.add(new Text(s.substring(i, plain + 1)));
          i = plain + 1;
          continue;
        }
        if (open >= 0 && (close < 0 || open < close)) {
          if (open > i) {
            out.add(new Text(s.substring(i, open)));
          }
          opens.push(out.size());
          out.add(new Text("["));
          i = open + 1;
          continue;
        }
        if (close > i) {
          out.add(new Text(s.substring(i, close)));
        }
        i = end.end();
        if (opens.isEmpty()) {
          out.add(new Text(end.group()));
          continue;
        }
        Locale language;
        try {
          language = Span.language(end.group(1));
        } catch (IllegalArgumentException e) {
          problems.accept("bracketed span " + end.group() + ": " + e.getMessage());
          out.add(new Text(end.group()));
          continue;
        }
        int at = opens.pop();
        List<Inline> children = merged(out.subList(at + 1, out.size()));
        out.subList(at, out.size()).clear();
        out.add(new Span(language, children));
      }
    }
    return merged(out);
  }

  /** Adjacent texts joined, empty ones dropped. */
  private static List<Inline> merged(List<Inline> in) {
    List<Inline> out = new ArrayList<>();
    for (Inline inline : in) {
      if (inline instanceof Text t) {
        if (!t.text().isEmpty()) {
          appendText(out, t.text());
        }
      } else {
        out.add(inline);
      }
    }
    return out;
  }

  /** Adjacent text nodes are merged, so "a<b" is one Text, not three. */
  private static void appendText(List<Inline> out, String text) {
    if (!out.isEmpty() && out.get(out.size() - 1) instanceof Text previous) {
      out.set(out.size() - 1, new Text(previous.text() + text));
    } else {
      out.add(new Text(text));
    }
  }

  private boolean checkDepth(int depth) {
    if (depth <= MAX_DEPTH) {
      return true;
    }
    if (!tooDeep) {
      tooDeep = true;
      problems.accept("nests lists or emphasis more than " + MAX_DEPTH + " levels deep");
    }
    return false;
  }
}
