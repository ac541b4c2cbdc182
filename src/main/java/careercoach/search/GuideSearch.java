package careercoach.search;

import careercoach.guide.Group;
import careercoach.guide.Guide;
import careercoach.guide.GuideLibrary;
import careercoach.guide.Item;
import careercoach.guide.Section;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.highlight.Highlighter;
import org.apache.lucene.search.highlight.QueryScorer;
import org.apache.lucene.search.highlight.SimpleFragmenter;
import org.apache.lucene.search.highlight.SimpleHTMLFormatter;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestWord;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Answers questions from the guides: a Lucene index in memory with one document per guide section.
 * Questions are analysed into terms and turned into queries programmatically, never parsed as query syntax.
 * Thread-safe; {@link #reload(GuideLibrary)} swaps the index while searches run.
 */
public final class GuideSearch implements Closeable {
    private static final Logger LOG = LoggerFactory.getLogger(GuideSearch.class);

    /** Longest question looked at; the rest of a pasted essay adds noise, not meaning. */
    static final int MAX_QUESTION_CHARS = 500;
    static final int MAX_SNIPPET_CHARS = 300;
    /** Share of a question's content words the guides must know before the bot claims an answer. */
    static final double MIN_COVERAGE = 0.5;

    private static final String GUIDE = "guide";
    private static final String SECTION = "section";
    private static final String TITLE = "title";
    private static final String BODY = "body";
    private static final String SPELL = "spell";

    /** Searched fields and their weights: the author's labels say more about a section than its prose. */
    private static final Map<String, Float> FIELDS = Map.of(
            TITLE, 4f, "keywords", 3f, "phrasings", 2f, "names", 2f, "groups", 1.5f, BODY, 1f);

    /**
     * Words of conversation that say nothing about the topic ("how do I ...", "what should my ...").
     * Removed before matching and before judging coverage.
     */
    private static final CharArraySet CONVERSATIONAL = new CharArraySet(List.of(
            "what", "whats", "what's", "which", "who", "whom", "whose", "where", "when", "why", "how", "can",
            "could", "should", "would", "will", "shall", "may", "might", "must", "do", "does", "did", "doing",
            "done", "i", "i'm", "im", "me", "my", "mine", "myself", "we", "us", "our", "you", "your", "he", "she",
            "him", "her", "his", "its", "it's", "they", "them", "their", "is", "am", "are", "was", "were", "be",
            "been", "being", "have", "has", "had", "get", "getting", "got", "tell", "know", "need", "want",
            "wanna", "like", "please", "thanks", "thank", "hi", "hello", "hey", "any", "some", "much", "many",
            "more", "most", "about", "there", "here", "so", "just", "also", "really", "very", "one", "ones",
            "thing", "things", "someone", "something", "anyone", "good", "best", "kind", "sort", "lot", "lots",
            "a", "an", "the", "and", "or", "not", "no", "of", "to", "in", "on", "for", "at", "by", "with", "from",
            "as", "if", "then", "than", "that", "this", "these", "those", "into", "out", "up", "down", "over",
            "all", "other", "ok", "okay", "yes", "actually", "currently", "now", "even", "ever", "still", "go",
            "going", "make", "role", "job", "work", "working", "become", "becoming"), true);

    private final Analyzer indexAnalyzer = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new StandardTokenizer();
            TokenStream chain = new LowerCaseFilter(source);
            if (SPELL.equals(fieldName)) {
                return new TokenStreamComponents(source, chain);
            }
            return new TokenStreamComponents(source, stem(chain));
        }
    };

    private final SynonymMap synonyms;
    private final Analyzer queryAnalyzer;
    private final DirectSpellChecker spellChecker = new DirectSpellChecker();
    private volatile Index index;
    private volatile Set<String> libraryIds;

    private record Index(Directory directory, SearcherManager manager) {
    }

    /** A question split into the words that carry its topic, with typo corrections where the guides know better. */
    private record Parsed(List<String> contentWords, Map<String, String> corrections) {
    }

    public GuideSearch(GuideLibrary library, Optional<Path> synonymsFile) {
        this.synonyms = readSynonyms(synonymsFile);
        this.queryAnalyzer = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                TokenStream chain = new LowerCaseFilter(source);
                if (synonyms != null) {
                    chain = new SynonymGraphFilter(chain, synonyms, true);
                }
                return new TokenStreamComponents(source, stem(chain));
            }
        };
        spellChecker.setMinQueryLength(4);
        spellChecker.setAccuracy(0.75f);
        this.index = build(library);
    }

    /** Builds from {@code indexData/synonyms.txt} when present. */
    public static GuideSearch forIndexData(GuideLibrary library, Path indexData) {
        Path file = indexData.resolve("synonyms.txt");
        return new GuideSearch(library, Files.isRegularFile(file) ? Optional.of(file) : Optional.empty());
    }

    private static TokenStream stem(TokenStream in) {
        TokenStream chain = new EnglishPossessiveFilter(in);
        chain = new StopFilter(chain, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
        return new PorterStemFilter(chain);
    }

    private SynonymMap readSynonyms(Optional<Path> file) {
        if (file.isEmpty()) {
            return null;
        }
        Analyzer plain = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                return new TokenStreamComponents(source, new LowerCaseFilter(source));
            }
        };
        try (Reader reader = Files.newBufferedReader(file.get(), StandardCharsets.UTF_8)) {
            SolrSynonymParser parser = new SolrSynonymParser(true, true, plain);
            parser.parse(reader);
            return parser.build();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read synonyms " + file.get(), e);
        } catch (ParseException e) {
            throw new IllegalArgumentException("bad synonyms " + file.get() + ": " + e.getMessage(), e);
        }
    }

    /** Whether a guide of that id is indexed. */
    public boolean hasGuide(String guideId) {
        return libraryIds.contains(guideId);
    }

    /** Replaces the index with one built from {@code library}; searches in flight finish on the old one. */
    public void reload(GuideLibrary library) {
        Index old = index;
        index = build(library);
        // Readers still acquired by searches in flight stay open until released; the RAM directory is left to GC.
        try {
            old.manager().close();
        } catch (IOException e) {
            LOG.warn("Could not close the old index", e);
        }
    }

    private Index build(GuideLibrary library) {
        libraryIds = Set.copyOf(library.guides().stream().map(Guide::id).toList());
        long start = System.nanoTime();
        Directory dir = new ByteBuffersDirectory();
        IndexWriterConfig config = new IndexWriterConfig(indexAnalyzer);
        config.setRAMBufferSizeMB(64);
        try (IndexWriter writer = new IndexWriter(dir, config)) {
            for (Guide guide : library.guides()) {
                for (Section section : guide.sections()) {
                    writer.addDocument(document(guide, section));
                }
            }
            writer.commit();
            Index built = new Index(dir, new SearcherManager(dir, null));
            LOG.info("Indexed {} guides in {} ms", library.guides().size(), (System.nanoTime() - start) / 1_000_000);
            return built;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot build the search index", e);
        }
    }

    private static Document document(Guide guide, Section section) {
        List<String> names = new ArrayList<>();
        List<String> body = new ArrayList<>();
        List<String> groups = new ArrayList<>();
        if (!section.text().isBlank()) {
            body.add(section.text());
        }
        addItems(section.items(), names, body);
        for (Group group : section.groups()) {
            groups.add(group.title());
            if (!group.text().isBlank()) {
                body.add(group.text());
            }
            addItems(group.items(), names, body);
        }
        Document doc = new Document();
        doc.add(new StringField(GUIDE, guide.id(), Field.Store.YES));
        doc.add(new StringField(SECTION, section.id(), Field.Store.YES));
        doc.add(new TextField(TITLE, section.title(), Field.Store.YES));
        doc.add(new TextField("keywords", String.join("\n", section.keywords()), Field.Store.NO));
        doc.add(new TextField("phrasings", String.join("\n", section.phrasings()), Field.Store.NO));
        doc.add(new TextField("names", String.join("\n", names), Field.Store.NO));
        doc.add(new TextField("groups", String.join("\n", groups), Field.Store.NO));
        String bodyText = String.join("\n", body);
        doc.add(new TextField(BODY, bodyText, Field.Store.YES));
        String all = String.join("\n", section.title(), String.join("\n", section.keywords()),
                String.join("\n", section.phrasings()), String.join("\n", groups), bodyText);
        doc.add(new TextField(SPELL, all, Field.Store.NO));
        return doc;
    }

    private static void addItems(List<Item> items, List<String> names, List<String> body) {
        for (Item item : items) {
            if (!item.name().isBlank()) {
                names.add(item.name() + " " + item.details());
            }
            String line = String.join(" ", item.label(), item.range(), item.name().isEmpty() ? "" : item.text()).strip();
            body.add(line);
        }
    }

    /**
     * Ranked sections for a question, at most {@code limit}, optionally within one guide.
     * Never throws on user text: unusable input gives {@code answered=false} with a reason.
     */
    public Answer search(String question, Optional<String> guideId, int limit) {
        String raw = question == null ? "" : question;
        String text = clean(raw);
        if (text.isBlank()) {
            return new Answer(raw, false, "empty question", Optional.empty(), List.of());
        }
        Index current = index;
        SearcherManager manager = current.manager();
        IndexSearcher searcher;
        try {
            searcher = manager.acquire();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            return answer(searcher, raw, text, guideId, Math.max(1, Math.min(limit, 50)));
        } catch (IOException e) {
            throw new UncheckedIOException("search failed", e);
        } finally {
            try {
                manager.release(searcher);
            } catch (IOException e) {
                LOG.warn("Could not release a searcher", e);
            }
        }
    }

    /** Keeps letters, digits and plain punctuation; control characters and query syntax become spaces. */
    private static String clean(String raw) {
        String cut = raw.length() > MAX_QUESTION_CHARS ? raw.substring(0, MAX_QUESTION_CHARS) : raw;
        StringBuilder out = new StringBuilder(cut.length());
        cut.codePoints().forEach(cp -> {
            if (Character.isLetterOrDigit(cp) || cp == '\'' || cp == '-' || cp == '/' || cp == '.' || cp == '#'
                    || cp == '+' || cp == '&') {
                out.appendCodePoint(cp);
            } else {
                out.append(' ');
            }
        });
        return out.toString().strip();
    }

    private Answer answer(IndexSearcher searcher, String raw, String text, Optional<String> guideId, int limit)
            throws IOException {
        Parsed parsed = parse(searcher, text);
        if (parsed.contentWords().isEmpty()) {
            return new Answer(raw, false, "no topic words in the question", Optional.empty(), List.of());
        }
        Optional<String> suggestion = suggestion(text, parsed.corrections());
        List<String> searchWords = new ArrayList<>();
        int known = 0;
        for (String word : parsed.contentWords()) {
            String corrected = parsed.corrections().getOrDefault(word, word);
            searchWords.add(corrected);
            if (isKnown(searcher, corrected)) {
                known++;
            }
        }
        Set<String> terms = analyze(queryAnalyzer, String.join(" ", searchWords));
        if (terms.isEmpty()) {
            return new Answer(raw, false, "no topic words in the question", suggestion, List.of());
        }
        Query query = query(terms, guideId);
        TopDocs top = searcher.search(query, limit);
        List<Hit> hits = hits(searcher, top, terms);
        double coverage = (double) known / parsed.contentWords().size();
        if (hits.isEmpty()) {
            return new Answer(raw, false, "outside the guides", suggestion, hits);
        }
        if (coverage < MIN_COVERAGE) {
            return new Answer(raw, false, "outside the guides", suggestion, hits);
        }
        return new Answer(raw, true, null, suggestion, hits);
    }

    /** Content words of the question (no stop or conversational words), and typo corrections for unknown ones. */
    private Parsed parse(IndexSearcher searcher, String text) throws IOException {
        List<String> words = new ArrayList<>();
        Map<String, String> corrections = new LinkedHashMap<>();
        for (String word : tokens(text)) {
            if (CONVERSATIONAL.contains(word) || EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.contains(word)
                    || words.contains(word) || words.size() >= 32) {
                continue;
            }
            words.add(word);
            if (!isKnown(searcher, word)) {
                correct(searcher, word).ifPresent(c -> corrections.put(word, c));
            }
        }
        return new Parsed(words, corrections);
    }

    private Optional<String> correct(IndexSearcher searcher, String word) throws IOException {
        if (!word.chars().allMatch(Character::isLetter)) {
            return Optional.empty();
        }
        SuggestWord[] suggestions = spellChecker.suggestSimilar(new Term(SPELL, word), 1, searcher.getIndexReader());
        return suggestions.length == 0 ? Optional.empty() : Optional.of(suggestions[0].string);
    }

    /** Whether the guides know the word itself, or one of its synonyms, after stemming. */
    private boolean isKnown(IndexSearcher searcher, String word) throws IOException {
        for (String term : analyze(queryAnalyzer, word)) {
            for (String field : FIELDS.keySet()) {
                if (searcher.getIndexReader().docFreq(new Term(field, term)) > 0) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Optional<String> suggestion(String text, Map<String, String> corrections) {
        if (corrections.isEmpty()) {
            return Optional.empty();
        }
        List<String> words = new ArrayList<>();
        for (String word : text.toLowerCase(java.util.Locale.ROOT).split("\\s+")) {
            words.add(corrections.getOrDefault(word, word));
        }
        return Optional.of(String.join(" ", words));
    }

    private Query query(Set<String> terms, Optional<String> guideId) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        for (String term : terms) {
            for (Map.Entry<String, Float> field : FIELDS.entrySet()) {
                any.add(new BoostQuery(new TermQuery(new Term(field.getKey(), term)), field.getValue()),
                        BooleanClause.Occur.SHOULD);
            }
        }
        BooleanQuery.Builder query = new BooleanQuery.Builder().add(any.build(), BooleanClause.Occur.MUST);
        guideId.ifPresent(id -> query.add(new TermQuery(new Term(GUIDE, id)), BooleanClause.Occur.FILTER));
        return query.build();
    }

    private List<Hit> hits(IndexSearcher searcher, TopDocs top, Set<String> terms) throws IOException {
        BooleanQuery.Builder highlight = new BooleanQuery.Builder();
        terms.forEach(t -> highlight.add(new TermQuery(new Term(BODY, t)), BooleanClause.Occur.SHOULD));
        Highlighter highlighter = new Highlighter(new SimpleHTMLFormatter("*", "*"),
                new QueryScorer(highlight.build(), BODY));
        highlighter.setTextFragmenter(new SimpleFragmenter(200));
        List<Hit> hits = new ArrayList<>();
        for (ScoreDoc sd : top.scoreDocs) {
            Document doc = searcher.storedFields().document(sd.doc);
            hits.add(new Hit(doc.get(GUIDE), doc.get(SECTION), doc.get(TITLE), snippet(highlighter, doc.get(BODY)),
                    Math.round(sd.score * 1000) / 1000.0));
        }
        return hits;
    }

    private String snippet(Highlighter highlighter, String body) {
        String plain = body.replace('*', ' ').replace('\n', ' ');
        String fragment = null;
        try {
            fragment = highlighter.getBestFragment(indexAnalyzer, BODY, plain);
        } catch (IOException | org.apache.lucene.search.highlight.InvalidTokenOffsetsException e) {
            LOG.debug("No highlight", e);
        }
        String snippet = fragment == null ? plain : fragment;
        snippet = snippet.strip();
        if (snippet.length() > MAX_SNIPPET_CHARS) {
            int cut = snippet.lastIndexOf(' ', MAX_SNIPPET_CHARS - 1);
            snippet = snippet.substring(0, cut > 0 ? cut : MAX_SNIPPET_CHARS - 1) + "…";
            if (snippet.chars().filter(c -> c == '*').count() % 2 == 1) {
                snippet = snippet.substring(0, snippet.lastIndexOf('*')) + snippet.substring(snippet.lastIndexOf('*') + 1);
            }
        }
        return snippet;
    }

    private static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        try (Tokenizer tokenizer = new StandardTokenizer()) {
            tokenizer.setReader(new StringReader(text));
            TokenStream stream = new LowerCaseFilter(tokenizer);
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                out.add(term.toString().replace("’", "'"));
            }
            stream.end();
            stream.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static Set<String> analyze(Analyzer analyzer, String text) {
        Set<String> terms = new LinkedHashSet<>();
        try (TokenStream stream = analyzer.tokenStream(BODY, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }

    private static void closeQuietly(Index old) {
        try {
            old.manager().close();
            old.directory().close();
        } catch (IOException e) {
            LOG.warn("Could not close the old index", e);
        }
    }

    @Override
    public void close() {
        closeQuietly(index);
    }
}
