package org.smartjustice.academy.internal.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

import org.apache.aries.jpa.template.EmFunction;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.smartjustice.academy.internal.items.ChangeLog;
import org.smartjustice.academy.internal.items.SearchableItem;

/**
 * The search index of this node: one Lucene index under the node's data directory for every
 * tenant's published items (each document carries its tenant; every query filters by it). The
 * database stays the source of truth: a tenant this index has no position for is rebuilt from
 * it, and the change log after the position is applied before each search, so a search sees
 * every publish that committed before it, on any node.
 */
final class SearchIndex implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(SearchIndex.class.getName());
    private static final String POSITION = "position:";

    /** A read of one tenant's tables: its own, or the city's read as the city. */
    interface Reader {
        <R> R read(EmFunction<R> work);
    }

    /** What a search may be narrowed to; null means any. */
    record Filter(Set<String> tenants, Set<String> hiddenIds, String kind, String audience, String topic, LocalDate today) {
    }

    record Hit(String id, String tenant, String kind, String title, String titleHighlight, String snippet, float score,
               boolean hasFile) {
    }

    record Result(long total, List<Hit> hits) {
    }

    private final FSDirectory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    final ChineseAnalysis analysis = new ChineseAnalysis();
    private final Map<String, Long> positions = new ConcurrentHashMap<>();

    SearchIndex(Path path) throws IOException {
        directory = FSDirectory.open(path);
        IndexWriterConfig config = new IndexWriterConfig(analysis.perField);
        config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
        writer = new IndexWriter(directory, config);
        if (DirectoryReader.indexExists(directory)) {
            List<org.apache.lucene.index.IndexCommit> commits = DirectoryReader.listCommits(directory);
            Map<String, String> data = commits.get(commits.size() - 1).getUserData();
            data.forEach((k, v) -> {
                if (k.startsWith(POSITION)) {
                    positions.put(k.substring(POSITION.length()), Long.parseLong(v));
                }
            });
        }
        searchers = new SearcherManager(writer, null);
    }

    /** Brings one tenant up to date: rebuilt when this index never saw it, else the changes after its position. */
    void sync(String tenant, Reader reader) {
        Long position = positions.get(tenant);
        if (position != null && lastChange(reader) <= position) {
            return;
        }
        synchronized (this) {
            try {
                position = positions.get(tenant);
                if (position == null) {
                    rebuild(tenant, reader);
                    return;
                }
                long from = position;
                List<ChangeLog.Change> changes = reader.read(em -> ChangeLog.after(em, from, 5000));
                if (changes.isEmpty()) {
                    return;
                }
                Set<String> items = new LinkedHashSet<>();
                changes.forEach(c -> items.add(c.itemId()));
                for (String id : items) {
                    java.util.Optional<SearchableItem> s = reader.read(em -> SearchableItem.of(em, id));
                    Term uid = new Term("uid", tenant + "/" + id);
                    if (s.isPresent()) {
                        writer.updateDocument(uid, document(tenant, s.get()));
                    } else {
                        writer.deleteDocuments(uid);
                    }
                }
                commit(tenant, changes.get(changes.size() - 1).number());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Replaces what the index holds of a tenant by its published items, read from the database. */
    synchronized int rebuild(String tenant, Reader reader) throws IOException {
        long upTo = lastChange(reader);
        List<SearchableItem> all = reader.read(SearchableItem::allPublished);
        writer.deleteDocuments(new Term("tenant", tenant));
        for (SearchableItem s : all) {
            writer.addDocument(document(tenant, s));
        }
        commit(tenant, upTo);
        LOG.info(() -> "search index of " + tenant + " rebuilt: " + all.size() + " items");
        return all.size();
    }

    private long lastChange(Reader reader) {
        return reader.read(ChangeLog::lastNumber);
    }

    private void commit(String tenant, long position) throws IOException {
        positions.put(tenant, position);
        Map<String, String> data = new HashMap<>();
        positions.forEach((t, p) -> data.put(POSITION + t, String.valueOf(p)));
        writer.setLiveCommitData(data.entrySet());
        writer.commit();
        searchers.maybeRefreshBlocking();
    }

    private Document document(String tenant, SearchableItem s) {
        Document d = new Document();
        d.add(new StringField("uid", tenant + "/" + s.id(), Field.Store.NO));
        d.add(new StringField("id", s.id(), Field.Store.YES));
        d.add(new StringField("tenant", tenant, Field.Store.YES));
        d.add(new StringField("kind", s.kind().name(), Field.Store.YES));
        s.audiences().forEach(a -> d.add(new StringField("audience", a.name(), Field.Store.NO)));
        s.topics().forEach(t -> d.add(new StringField("topic", t.name(), Field.Store.NO)));
        d.add(new LongPoint("from", s.effectiveFrom() == null ? Long.MIN_VALUE : s.effectiveFrom().toEpochDay()));
        d.add(new LongPoint("to", s.expiresOn() == null ? Long.MAX_VALUE : s.expiresOn().toEpochDay()));
        d.add(new StoredField("publishedAt", s.publishedAt() == null ? 0 : s.publishedAt().toEpochSecond(ZoneOffset.UTC)));
        d.add(new StoredField("hasFile", s.hasFile() ? 1 : 0));
        String body = (s.summary() == null ? "" : s.summary() + "\n") + s.text();
        d.add(new TextField(ChineseAnalysis.TITLE_WORDS, s.title(), Field.Store.YES));
        d.add(new TextField(ChineseAnalysis.TITLE_BIGRAMS, s.title(), Field.Store.NO));
        d.add(new TextField(ChineseAnalysis.BODY_WORDS, body, Field.Store.YES));
        d.add(new TextField(ChineseAnalysis.BODY_BIGRAMS, body, Field.Store.NO));
        return d;
    }

    Result search(Query text, Filter filter, int offset, int size, Highlights highlights) throws IOException {
        Query query = filtered(text, filter);
        IndexSearcher searcher = searchers.acquire();
        try {
            TopDocs top = searcher.search(query, new TopScoreDocCollectorManager(offset + size, null, Integer.MAX_VALUE, false));
            List<Hit> hits = new ArrayList<>();
            ScoreDoc[] docs = top.scoreDocs;
            for (int i = offset; i < docs.length; i++) {
                Document d = searcher.storedFields().document(docs[i].doc);
                String title = d.get(ChineseAnalysis.TITLE_WORDS);
                hits.add(new Hit(d.get("id"), d.get("tenant"), d.get("kind"), title, highlights.title(text, title),
                        highlights.snippet(text, d.get(ChineseAnalysis.BODY_WORDS)), docs[i].score,
                        d.getField("hasFile").numericValue().intValue() == 1));
            }
            return new Result(top.totalHits.value, hits);
        } finally {
            searchers.release(searcher);
        }
    }

    /** Titles that hold every piece of what was typed so far, best first. */
    List<String> suggest(String typed, Filter filter, int max) throws IOException {
        List<String> pieces = analysis.terms(ChineseAnalysis.TITLE_BIGRAMS, typed);
        if (pieces.isEmpty()) {
            return List.of();
        }
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        if (pieces.size() == 1 && typed.codePointCount(0, typed.length()) == 1) {
            // The first character typed: titles with a two-character piece that starts with it.
            all.add(new org.apache.lucene.search.PrefixQuery(new Term(ChineseAnalysis.TITLE_BIGRAMS, pieces.get(0))), Occur.MUST);
        } else {
            pieces.forEach(p -> all.add(new TermQuery(new Term(ChineseAnalysis.TITLE_BIGRAMS, p)), Occur.MUST));
        }
        IndexSearcher searcher = searchers.acquire();
        try {
            TopDocs top = searcher.search(filtered(all.build(), filter), max * 2);
            Set<String> titles = new LinkedHashSet<>();
            for (ScoreDoc sd : top.scoreDocs) {
                titles.add(searcher.storedFields().document(sd.doc).get(ChineseAnalysis.TITLE_WORDS));
                if (titles.size() == max) {
                    break;
                }
            }
            return List.copyOf(titles);
        } finally {
            searchers.release(searcher);
        }
    }

    private static Query filtered(Query text, Filter f) {
        BooleanQuery.Builder b = new BooleanQuery.Builder().add(text, Occur.MUST);
        b.add(new TermInSetQuery("tenant", f.tenants().stream().map(BytesRef::new).toList()), Occur.FILTER);
        if (!f.hiddenIds().isEmpty()) {
            b.add(new TermInSetQuery("id", f.hiddenIds().stream().map(BytesRef::new).toList()), Occur.MUST_NOT);
        }
        if (f.kind() != null) {
            b.add(new TermQuery(new Term("kind", f.kind())), Occur.FILTER);
        }
        if (f.audience() != null) {
            b.add(new TermQuery(new Term("audience", f.audience())), Occur.FILTER);
        }
        if (f.topic() != null) {
            b.add(new TermQuery(new Term("topic", f.topic())), Occur.FILTER);
        }
        long today = f.today().toEpochDay();
        b.add(LongPoint.newRangeQuery("from", Long.MIN_VALUE, today), Occur.FILTER);
        b.add(LongPoint.newRangeQuery("to", today, Long.MAX_VALUE), Occur.FILTER);
        return b.build();
    }

    /** The text part of a query: the words and bigrams of the query and of its synonyms, title weighing most. */
    Query textQuery(String q, List<String> synonyms) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        addTerms(b, q, 1f);
        synonyms.forEach(s -> addTerms(b, s, 0.6f));
        return b.build();
    }

    private void addTerms(BooleanQuery.Builder b, String text, float weight) {
        Map<String, Float> fields = Map.of(ChineseAnalysis.TITLE_WORDS, 3f, ChineseAnalysis.TITLE_BIGRAMS, 2f,
                ChineseAnalysis.BODY_WORDS, 1f, ChineseAnalysis.BODY_BIGRAMS, 0.7f);
        fields.forEach((field, boost) -> {
            for (String term : new LinkedHashSet<>(analysis.terms(field, text))) {
                b.add(new BoostQuery(new TermQuery(new Term(field, term)), boost * weight), Occur.SHOULD);
            }
        });
    }

    @Override
    public void close() throws IOException {
        searchers.close();
        writer.close();
        directory.close();
        analysis.close();
    }
}
