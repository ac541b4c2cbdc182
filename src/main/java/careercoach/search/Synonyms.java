package careercoach.search;

import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymMap;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;

/** Reads {@code index-data/synonyms.txt} (Solr synonym format); no file means no synonyms. */
public final class Synonyms {
    public static final String FILE_NAME = "synonyms.txt";

    private Synonyms() {
    }

    public static SynonymMap load(Path indexData) throws IOException {
        Path file = indexData.resolve(FILE_NAME);
        if (!Files.exists(file)) {
            return empty();
        }
        SolrSynonymParser parser = new SolrSynonymParser(true, true, GuideAnalyzers.synonymRules());
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            parser.parse(reader);
            return parser.build();
        } catch (ParseException | IllegalArgumentException e) {
            throw new IOException(file + ": invalid synonym rule: " + e.getMessage(), e);
        }
    }

    public static SynonymMap empty() {
        try {
            return new SynonymMap.Builder().build();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
