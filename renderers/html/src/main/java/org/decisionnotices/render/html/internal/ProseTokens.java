package org.decisionnotices.render.html.internal;

import java.util.ArrayList;
import java.util.List;
import org.decisionnotices.model.prose.Block;
import org.decisionnotices.model.prose.Emphasis;
import org.decisionnotices.model.prose.Inline;
import org.decisionnotices.model.prose.LineBreak;
import org.decisionnotices.model.prose.Link;
import org.decisionnotices.model.prose.ListBlock;
import org.decisionnotices.model.prose.ListItem;
import org.decisionnotices.model.prose.Paragraph;
import org.decisionnotices.model.prose.Span;
import org.decisionnotices.model.prose.Strong;
import org.decisionnotices.model.prose.Text;
import org.decisionnotices.render.html.internal.Token.Tag;

/**
 * Flattens prose trees into {@link Token}s, in document order, each token taking as many steps as
 * fit its start tag, text, end tag order.
 */
final class ProseTokens {
  private final List<Token> out = new ArrayList<>();
  private Tag start;
  private String text;
  private Tag end;

  private ProseTokens() {}

  static List<Token> ofBlocks(List<Block> blocks) {
    ProseTokens tokens = new ProseTokens();
    blocks.forEach(tokens::addBlock);
    return tokens.finish();
  }

  static List<Token> ofInlines(List<Inline> inlines) {
    ProseTokens tokens = new ProseTokens();
    tokens.addInlines(inlines);
    return tokens.finish();
  }

  private void addBlock(Block block) {
    if (block instanceof Paragraph paragraph) {
      start(Tag.START_PARAGRAPH);
      addInlines(paragraph.inlines());
      end(Tag.END_PARAGRAPH);
    } else if (block instanceof ListBlock list) {
      start(
          list.ordered()
              ? Tag.startNumbers(list.start() == 1 ? null : Integer.toString(list.start()))
              : Tag.START_BULLETS);
      for (ListItem item : list.items()) {
        start(Tag.START_ITEM);
        addItem(item);
        end(Tag.END_ITEM);
      }
      end(list.ordered() ? Tag.END_NUMBERS : Tag.END_BULLETS);
    }
  }

  /** A one-paragraph item is written without {@code <p>}, as lists usually are. */
  private void addItem(ListItem item) {
    if (item.blocks().size() == 1 && item.blocks().get(0) instanceof Paragraph only) {
      addInlines(only.inlines());
    } else {
      item.blocks().forEach(this::addBlock);
    }
  }

  private void addInlines(List<Inline> inlines) {
    for (Inline inline : inlines) {
      if (inline instanceof Text piece) {
        text(piece.text());
      } else if (inline instanceof LineBreak) {
        start(Tag.LINE_BREAK);
      } else if (inline instanceof Emphasis emphasis) {
        start(Tag.START_EMPHASIS);
        addInlines(emphasis.children());
        end(Tag.END_EMPHASIS);
      } else if (inline instanceof Strong strong) {
        start(Tag.START_STRONG);
        addInlines(strong.children());
        end(Tag.END_STRONG);
      } else if (inline instanceof Span span) {
        start(Tag.startSpan(span.languageTag(), span.isRightToLeft()));
        addInlines(span.children());
        end(Tag.END_SPAN);
      } else if (inline instanceof Link link) {
        // A Link's target is always https, http or mailto: the record refuses anything else.
        start(Tag.startLink(link.target(), showsAddress(link)));
        addInlines(link.children());
        end(Tag.END_LINK);
      }
    }
  }

  /**
   * Whether the link's text is its address: the whole URL, or for {@code mailto:} the email address
   * alone. Case is ignored, as readers of paper would ignore it.
   */
  static boolean showsAddress(Link link) {
    String text = Inline.plainText(link.children()).strip();
    String target = link.target();
    String mailto = "mailto:";
    String address =
        target.regionMatches(true, 0, mailto, 0, mailto.length())
            ? target.substring(mailto.length())
            : target;
    return text.equalsIgnoreCase(target) || text.equalsIgnoreCase(address);
  }

  // Each step joins the pending token unless that would put it before a step already taken.

  private void start(Tag tag) {
    if (start != null || text != null || end != null) {
      flush();
    }
    start = tag;
  }

  private void text(String piece) {
    if (text != null || end != null) {
      flush();
    }
    text = piece;
  }

  private void end(Tag tag) {
    if (end != null) {
      flush();
    }
    end = tag;
  }

  private void flush() {
    out.add(new Token(start, text, end));
    start = null;
    text = null;
    end = null;
  }

  private List<Token> finish() {
    if (start != null || text != null || end != null) {
      flush();
    }
    return List.copyOf(out);
  }
}
