package org.decisionnotices.pack.internal;

import java.nio.file.Path;
import java.util.List;
import org.decisionnotices.model.AgendaItem;
import org.decisionnotices.model.DocumentRef;

/**
 * A report PDF that has been opened once and found usable.
 *
 * @param item the agenda item it belongs to
 * @param ref the document as named in the meeting
 * @param jsonPath e.g. {@code $.items[3].documents[0].file}
 * @param file the resolved file, inside the meeting folder
 * @param pages its page count, at least 1
 * @param tagged whether it is a tagged PDF (marked, with a structure tree)
 * @param claimsPdfUa whether its XMP claims PDF/UA-1 (we do not re-validate that claim)
 * @param lostFields the names of its filled-in form fields whose values could not be drawn into its
 *     pages
 * @param restrictions what its encryption forbade, e.g. "printing, copying text", or {@code null}
 *     if it is not encrypted
 */
record CheckedDocument(
    AgendaItem item,
    DocumentRef ref,
    String jsonPath,
    Path file,
    int pages,
    boolean tagged,
    boolean claimsPdfUa,
    List<String> lostFields,
    String restrictions) {}
