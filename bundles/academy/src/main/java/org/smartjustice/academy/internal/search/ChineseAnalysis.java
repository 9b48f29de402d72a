package org.smartjustice.academy.internal.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Two views of Chinese text: words (SmartChineseAnalyzer: 法律援助 → 法律 / 援助) for meaning, and
 * overlapping two-character pieces (CJK bigrams: 公证, 调解 are found inside any word) for recall.
 * Each text field is indexed both ways.
 */
final class ChineseAnalysis {

    static final String TITLE_WORDS = "title_cn";
    static final String TITLE_BIGRAMS = "title_bi";
    static final String BODY_WORDS = "body_cn";
    static final String BODY_BIGRAMS = "body_bi";

    final Analyzer words = new SmartChineseAnalyzer();
    final Analyzer bigrams = new CJKAnalyzer();
    final Analyzer perField = new PerFieldAnalyzerWrapper(new StandardAnalyzer(), Map.of(TITLE_WORDS, words, BODY_WORDS, words,
            TITLE_BIGRAMS, bigrams, BODY_BIGRAMS, bigrams));

    Analyzer forField(String field) {
        return field.endsWith("_cn") ? words : bigrams;
    }

    /** The terms a text becomes in a field. */
    List<String> terms(String field, String text) {
        List<String> terms = new ArrayList<>();
        try (TokenStream ts = forField(field).tokenStream(field, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                terms.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }

    void close() {
        words.close();
        bigrams.close();
        perField.close();
    }
}
