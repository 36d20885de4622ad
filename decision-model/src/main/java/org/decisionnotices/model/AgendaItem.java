package org.decisionnotices.model;

import java.util.List;
import org.decisionnotices.model.prose.Prose;

/**
 * One item of a meeting's agenda.
 *
 * @param number as printed, e.g. "1" or "5a"
 * @param title never blank
 * @param purpose or {@code null}
 * @param exempt why the item is withheld from the public pack, or {@code null} if it is not
 * @param documents its reports and appendices in order, each naming a PDF {@code file}
 * @param decision the decision taken on it, for minutes and decision lists, or {@code null}
 * @param minute what the minutes record of an item without a formal decision (apologies, the last
 *     meeting's minutes), or {@code null}
 * @since 0.1.0
 */
public record AgendaItem(
    String number,
    String title,
    Prose purpose,
    Exemption exempt,
    List<DocumentRef> documents,
    DecisionRecord decision,
    Prose minute) {
  public AgendaItem {
    Checks.notBlank(number, "number");
    Checks.notBlank(title, "title");
    documents = Checks.list(documents);
    for (DocumentRef document : documents) {
      if (document.file() == null) {
        throw new IllegalArgumentException(
            "documents of item " + number + " must each name a file: '" + document.title() + "'");
      }
    }
  }

  /** An item without a minute of its own. */
  public AgendaItem(
      String number,
      String title,
      Prose purpose,
      Exemption exempt,
      List<DocumentRef> documents,
      DecisionRecord decision) {
    this(number, title, purpose, exempt, documents, decision, null);
  }

  public boolean isExempt() {
    return exempt != null;
  }
}
