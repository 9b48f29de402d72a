package org.smartjustice.academy.internal.items;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/**
 * Bodies are HTML from the host's editor. They are cleaned against an allow-list (jsoup's
 * relaxed list: text formatting, lists, tables, links and images over http(s)), so nothing that
 * runs survives: no script, no event handler, no {@code javascript:} or {@code data:} URL, no style.
 */
final class RichText {

    private static final Safelist ALLOWED = Safelist.relaxed()
            .removeProtocols("a", "href", "ftp")
            .addAttributes("a", "rel")
            .addEnforcedAttribute("a", "rel", "noopener noreferrer nofollow");
    private static final Document.OutputSettings OUTPUT = new Document.OutputSettings().prettyPrint(false);

    private RichText() {
    }

    static String clean(String html) {
        if (html == null || html.isBlank()) {
            return null;
        }
        String cleaned = Jsoup.clean(html, "", ALLOWED, OUTPUT).strip();
        return cleaned.isEmpty() ? null : cleaned;
    }

    /** The text of a body, for summaries and search. */
    static String text(String html) {
        return html == null ? "" : Jsoup.parse(html).text();
    }
}
