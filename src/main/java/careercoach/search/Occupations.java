package careercoach.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/**
 * The words of ordinary jobs ({@code search/occupations.txt}), read as the router reads a question's words
 * (lower case, American spelling, singular, short forms spelled out): the nouns that name a job by themselves
 * ({@code [people]}: "pharmacist", "animator") and the fields of work said before a job's word ({@code [fields]}:
 * "community" of "community manager", "sound" of "sound designer").
 */
final class Occupations {
    static final Set<String> PEOPLE;
    static final Set<String> FIELDS;
    /** Nouns that name a job only right after a field or a role's word: "developer advocate", "account executive". */
    static final Set<String> AFTER_FIELD;

    static {
        Set<String> people = new HashSet<>();
        Set<String> fields = new HashSet<>();
        Set<String> afterField = new HashSet<>();
        try (InputStream in = Occupations.class.getResourceAsStream("/search/occupations.txt")) {
            if (in == null) {
                throw new IllegalStateException("search/occupations.txt is missing from the class path");
            }
            Set<String> into = null;
            for (String line : new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList()) {
                String word = line.strip();
                if (word.isEmpty() || word.startsWith("#")) {
                    continue;
                }
                if (word.equals("[people]") || word.equals("[fields]") || word.equals("[after a field]")) {
                    into = word.equals("[people]") ? people : word.equals("[fields]") ? fields : afterField;
                    continue;
                }
                if (into == null) {
                    throw new IllegalStateException("search/occupations.txt: a word before [people] or [fields]");
                }
                into.add(GuideRouter.normal(word));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        PEOPLE = Set.copyOf(people);
        FIELDS = Set.copyOf(fields);
        AFTER_FIELD = Set.copyOf(afterField);
    }

    private Occupations() {
    }
}
