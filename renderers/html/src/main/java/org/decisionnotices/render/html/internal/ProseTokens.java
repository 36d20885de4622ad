package org.decisionnotices.render.html.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.decisionnotices.model.prose.Block;
import org.decisionnotices.model.prose.Emphasis;
import org.decisionnotices.model.prose.Inline;
import org.decisionnotices.model.prose.LineBreak;
import org.decisionnotices.model.prose.Link;
import org.decisionnotices.model.prose.ListBlock;
import org.decisionnotices.model.prose.ListItem;
import org.decisionnotices.model.prose.Paragraph;
import org.decisionnotices.model.prose.Strong;
import org.decisionnotices.model.prose.Text;
import org.decisionnotices.render.html.internal.Token.Kind;

/** Flattens prose trees into {@link Token}s, in document order. */
final class ProseTokens {
  private ProseTokens() {}

  static List<Token> ofBlocks(List<Block> blocks) {
    List<Token> out = new ArrayList<>();
    blocks.forEach(block -> addBlock(block, out));
    return List.copyOf(out);
  }

  static List<Token> ofInlines(List<Inline> inlines) {
    List<Token> out = new ArrayList<>();
    addInlines(inlines, out);
    return List.copyOf(out);
  }

  /**
   * Whether a link may be written as {@code href}. The model already rejects other schemes;
   * this check stands for notices built by hand, since an {@code href} is the one place where
   * escaping alone does not make a value safe ({@code javascript:} needs no markup).
   */
  static boolean isSafeHref(String target) {
    String lower = target.toLowerCase(Locale.ROOT);
    return lower.startsWith("https:") || lower.startsWith("http:") || lower.startsWith("mailto:");
  }

  private static void addBlock(Block block, List<Token> out) {
    if (block instanceof Paragraph paragraph) {
      out.add(Token.of(Kind.START_PARAGRAPH));
      addInlines(paragraph.inlines(), out);
      out.add(Token.of(Kind.END_PARAGRAPH));
    } else if (block instanceof ListBlock list) {
      if (list.ordered()) {
        out.add(Token.startNumbers(list.start() == 1 ? null : Integer.toString(list.start())));
      } else {
        out.add(Token.of(Kind.START_BULLETS));
      }
      for (ListItem item : list.items()) {
        out.add(Token.of(Kind.START_ITEM));
        addItem(item, out);
        out.add(Token.of(Kind.END_ITEM));
      }
      out.add(Token.of(list.ordered() ? Kind.END_NUMBERS : Kind.END_BULLETS));
    }
  }

  /** A one-paragraph item is written without {@code <p>}, as lists usually are. */
  private static void addItem(ListItem item, List<Token> out) {
    if (item.blocks().size() == 1 && item.blocks().get(0) instanceof Paragraph only) {
      addInlines(only.inlines(), out);
    } else {
      item.blocks().forEach(block -> addBlock(block, out));
    }
  }

  private static void addInlines(List<Inline> inlines, List<Token> out) {
    for (Inline inline : inlines) {
      if (inline instanceof Text text) {
        out.add(Token.text(text.text()));
      } else if (inline instanceof LineBreak) {
        out.add(Token.of(Kind.LINE_BREAK));
      } else if (inline instanceof Emphasis emphasis) {
        out.add(Token.of(Kind.START_EMPHASIS));
        addInlines(emphasis.children(), out);
        out.add(Token.of(Kind.END_EMPHASIS));
      } else if (inline instanceof Strong strong) {
        out.add(Token.of(Kind.START_STRONG));
        addInlines(strong.children(), out);
        out.add(Token.of(Kind.END_STRONG));
      } else if (inline instanceof Link link) {
        boolean safe = isSafeHref(link.target());
        if (safe) {
          out.add(Token.startLink(link.target()));
        }
        addInlines(link.children(), out);
        if (safe) {
          out.add(Token.of(Kind.END_LINK));
        }
      }
    }
  }
}
