package org.smartjustice.academy.internal.search;

import java.io.IOException;

import org.apache.lucene.search.Query;
import org.apache.lucene.search.highlight.Highlighter;
import org.apache.lucene.search.highlight.InvalidTokenOffsetsException;
import org.apache.lucene.search.highlight.NullFragmenter;
import org.apache.lucene.search.highlight.QueryScorer;
import org.apache.lucene.search.highlight.SimpleFragmenter;
import org.apache.lucene.search.highlight.SimpleHTMLEncoder;
import org.apache.lucene.search.highlight.SimpleHTMLFormatter;

/**
 * Highlighted titles and snippets: the matched words in {@code <em>}, and every other character
 * HTML-escaped, so that a snippet is safe to put into a page as it is.
 */
final class Highlights {

    static final int SNIPPET = 90;
    private static final SimpleHTMLEncoder ENCODER = new SimpleHTMLEncoder();

    private final ChineseAnalysis analysis;

    Highlights(ChineseAnalysis analysis) {
        this.analysis = analysis;
    }

    String title(Query query, String title) {
        String marked = best(query, ChineseAnalysis.TITLE_WORDS, title, Integer.MAX_VALUE);
        return marked != null ? marked : ENCODER.encodeText(title);
    }

    String snippet(Query query, String body) {
        if (body == null || body.isEmpty()) {
            return "";
        }
        String marked = best(query, ChineseAnalysis.BODY_WORDS, body, SNIPPET);
        if (marked != null) {
            return marked;
        }
        String start = body.length() > SNIPPET ? body.substring(0, SNIPPET) + "…" : body;
        return ENCODER.encodeText(start);
    }

    private String best(Query query, String field, String text, int size) {
        Highlighter h = new Highlighter(new SimpleHTMLFormatter("<em>", "</em>"), ENCODER, new QueryScorer(query, field));
        h.setTextFragmenter(size == Integer.MAX_VALUE ? new NullFragmenter() : new SimpleFragmenter(size));
        h.setMaxDocCharsToAnalyze(100_000);
        try {
            return h.getBestFragment(analysis.words, field, text);
        } catch (IOException | InvalidTokenOffsetsException e) {
            return null;
        }
    }
}
