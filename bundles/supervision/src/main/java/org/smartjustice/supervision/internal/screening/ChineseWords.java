package org.smartjustice.supervision.internal.screening;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;

/**
 * Chinese text as words, the way the academy's search reads it (SmartChineseAnalyzer: 乱收取费用 →
 * 乱 / 收取 / 费用), so that a rule's word is found where the text says that word and not where its
 * characters happen to stand side by side (罚款 is not in 处罚款项: 处罚 / 款项). Thread-safe: the
 * analyser keeps one token stream per thread. Punctuation is dropped, full-width and Latin letters become lower-case ASCII.
 */
@Component(service = ChineseWords.class)
public class ChineseWords implements AutoCloseable {

    private final Analyzer analyzer = new SmartChineseAnalyzer();

    /** The words of a text, in order. */
    public List<String> of(String text) {
        List<String> words = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return words;
        }
        try (TokenStream ts = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                words.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }

    /** Whether {@code phrase} (words) stands in {@code text} (words) as a run of whole words. */
    public static boolean contains(List<String> text, List<String> phrase) {
        if (phrase.isEmpty() || phrase.size() > text.size()) {
            return false;
        }
        outer:
        for (int i = 0; i + phrase.size() <= text.size(); i++) {
            for (int j = 0; j < phrase.size(); j++) {
                if (!text.get(i + j).equals(phrase.get(j))) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    @Override
    @Deactivate
    public void close() {
        analyzer.close();
    }
}
