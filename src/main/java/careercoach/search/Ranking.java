package careercoach.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static careercoach.search.SearchTuning.CONSENSUS_WEIGHT;
import static careercoach.search.SearchTuning.LABELLED_WEIGHT;
import static careercoach.search.SearchTuning.LEXICAL_WEIGHT;
import static careercoach.search.SearchTuning.RRF_K;
import static careercoach.search.SearchTuning.VOTE_CONSENSUS;

/**
 * Orders the sections proposed for a question (by BM25 and the vector search) by three rankings fused: BM25, the
 * similarity of meaning (each section's closest passage, over all its passages), and the vote of the labelled
 * questions closest to the question, which weighs more when it is nearly unanimous. How they are fused is
 * {@link GuideSearch.Fusion}; the weights are {@link SearchTuning}'s.
 */
final class Ranking {

    /** One section proposed for a question, with its BM25 score (0 when BM25 did not find it) and similarity. */
    record Candidate(String key, float lexical, float dense, double fused) {
    }

    private final IndexedSections sections;
    private final GuideSearch.Fusion fusion;

    Ranking(IndexedSections sections, GuideSearch.Fusion fusion) {
        this.sections = sections;
        this.fusion = fusion;
    }

    /**
     * The proposed sections, best first.
     *
     * @param lexical BM25's score and rank by section key
     * @param votes   each section id's share of the labelled questions' vote ({@link #labelledVote})
     */
    List<Candidate> rank(Set<String> keys, Map<String, float[]> lexical, float[] vector, Map<String, Float> votes) {
        List<String> known = keys.stream().filter(sections::contains).toList();
        if (known.isEmpty()) {
            return List.of();
        }
        Map<String, Float> similarity = new HashMap<>();
        known.forEach(k -> similarity.put(k, sections.similarity(k, vector)));
        float maxLexical = 0;
        float minSimilarity = Float.MAX_VALUE;
        float maxSimilarity = -Float.MAX_VALUE;
        for (String k : known) {
            maxLexical = Math.max(maxLexical, lexical.containsKey(k) ? lexical.get(k)[0] : 0);
            minSimilarity = Math.min(minSimilarity, similarity.get(k));
            maxSimilarity = Math.max(maxSimilarity, similarity.get(k));
        }
        float minVote = Float.MAX_VALUE;
        float maxVote = -Float.MAX_VALUE;
        for (String k : known) {
            if (sections.kind(k).isEmpty()) {
                continue; // no labelled question votes for it: the vote is normalised over the others
            }
            float v = votes.getOrDefault(sections.kind(k), 0f);
            minVote = Math.min(minVote, v);
            maxVote = Math.max(maxVote, v);
        }
        if (maxVote < minVote) { // every candidate is of no kind
            minVote = 0;
            maxVote = 0;
        }
        double voteWeight = voteWeight(maxVote);
        List<String> byMeaning = new ArrayList<>(known);
        byMeaning.sort(Comparator.comparing(similarity::get).reversed());
        List<String> byVote = new ArrayList<>(known);
        byVote.sort(Comparator.comparing((String k) -> votes.getOrDefault(sections.kind(k), 0f)).reversed());
        List<Candidate> candidates = new ArrayList<>();
        for (String k : known) {
            float lexicalScore = lexical.containsKey(k) ? lexical.get(k)[0] : 0;
            float sim = similarity.get(k);
            double fused;
            if (fusion == GuideSearch.Fusion.RECIPROCAL_RANK) {
                double lexicalPart = lexical.containsKey(k) ? 1 / (RRF_K + 1 + lexical.get(k)[1]) : 0;
                fused = lexicalPart + 1 / (RRF_K + 1 + byMeaning.indexOf(k))
                        + (votes.isEmpty() ? 0 : 1 / (RRF_K + 1 + byVote.indexOf(k)));
            } else {
                double lexicalPart = maxLexical > 0 ? lexicalScore / maxLexical : 0;
                double range = maxSimilarity - minSimilarity;
                double densePart = range > 1e-6 ? (sim - minSimilarity) / range : 1;
                float v = votes.getOrDefault(sections.kind(k), 0f);
                double voteRange = maxVote - minVote;
                double votePart = voteRange > 1e-6 ? (v - minVote) / voteRange : 0;
                double others = (1 - voteWeight) / (1 - LABELLED_WEIGHT);
                if (sections.kind(k).isEmpty()) {
                    // No labelled question can vote for a section of no kind: BM25 and the similarity share the
                    // whole weight, as if the vote agreed with them.
                    fused = (LEXICAL_WEIGHT * lexicalPart + (1 - LEXICAL_WEIGHT - LABELLED_WEIGHT) * densePart)
                            / (1 - LABELLED_WEIGHT);
                } else {
                    fused = others * LEXICAL_WEIGHT * lexicalPart
                            + others * (1 - LEXICAL_WEIGHT - LABELLED_WEIGHT) * densePart + voteWeight * votePart;
                }
            }
            candidates.add(new Candidate(k, lexicalScore, sim, fused));
        }
        candidates.sort(Comparator.comparingDouble(Candidate::fused).reversed()
                .thenComparing(Comparator.comparingDouble(Candidate::dense).reversed()));
        return candidates;
    }

    /**
     * The vote's weight in fusion by normalised scores: {@link SearchTuning#LABELLED_WEIGHT}, and more when the vote
     * is a consensus, its best kind of section among the candidates holding more than
     * {@link SearchTuning#VOTE_CONSENSUS} of it (up to {@link SearchTuning#CONSENSUS_WEIGHT} more when unanimous).
     */
    static double voteWeight(double bestShare) {
        if (bestShare <= VOTE_CONSENSUS) {
            return LABELLED_WEIGHT;
        }
        return LABELLED_WEIGHT + CONSENSUS_WEIGHT * (Math.min(bestShare, 1) - VOTE_CONSENSUS) / (1 - VOTE_CONSENSUS);
    }

    /**
     * For each section id, its share of a vote of the {@link SearchTuning#NEIGHBOURS} labelled in-scope questions
     * closest to the question (those that rank sections: not the items), each weighted by how close it is
     * ({@link LabelledVectors#weight}, the constants of the confidence's own vote) and counting for every section it
     * is labelled with. It ranks instead of each section's single closest labelled question: one question that
     * happens to share the asker's context ("my manager says...", "I'm hiring...") no longer outweighs several that
     * ask the same thing (measured in docs/search-experiments.md: recall@1 up by two to four questions of 158 over four splits
     * of the tuning half). Section kinds are shared by all guides, so the vote holds for any guide; a section of
     * no kind (an organisation's own "Certifications and courses") gets none, and {@link #rank} fuses it by BM25
     * and the similarity alone rather than as the least voted for.
     *
     * @param labelled the question's similarity to each labelled question ({@link LabelledVectors#similarities})
     * @param exclude  a labelled question to leave out (when training on that very question), or -1
     */
    static Map<String, Float> labelledVote(float[] labelled, LabelledVectors vectors, int exclude) {
        Map<String, Float> votes = new HashMap<>();
        int[] closest = LabelledVectors.closest(labelled, vectors.ranking(), exclude);
        if (closest.length == 0) {
            return votes;
        }
        double weights = 0;
        for (int i : closest) {
            double w = LabelledVectors.weight(labelled, closest, i);
            weights += w;
            for (String section : vectors.inScopeSections().get(i)) {
                votes.merge(section, (float) w, Float::sum);
            }
        }
        double total = weights;
        votes.replaceAll((section, w) -> (float) (w / total));
        return votes;
    }
}
