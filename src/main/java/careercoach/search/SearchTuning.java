package careercoach.search;

/**
 * Every value the search is tuned with, in one place, each with why it is what it is. Figures are recall@1 /
 * recall@3 / out-of-scope rejected on the labelled questions' tuning half, cross-validated, as measured in
 * {@code docs/search-experiments.md}; measure again ({@code docs/search.md}, "Measuring") before changing one.
 */
final class SearchTuning {

    private SearchTuning() {
    }

    // Indexing: one ranked field a section, its parts repeated by how strongly they say what it is about (BM25F-like).

    /** A section's title in its ranked text: the strongest statement of what the section is about. */
    static final int TITLE_REPEATS = 3;
    /** The author's search aids (keywords, phrasings): written to be found, second to the title. */
    static final int AIDS_REPEATS = 2;
    /** Item names, details and group titles: they name the section's subjects, unlike its running text (once). */
    static final int NAMES_REPEATS = 2;

    // Proposing sections.

    /** Words every guide's title has ("engineering", "lead") describe every section: they count, but much less. */
    static final float ROLE_WORD_WEIGHT = 0.2f;
    /** Sections BM25 proposes to fusion; each proposed section is then compared with all its passages. */
    static final int LEXICAL_DEPTH = 20;
    /** Passages the vector search proposes; a section has about ten, so these reach several sections. */
    static final int DENSE_PASSAGES = 48;
    /**
     * Candidates per passage when a guide's vector graph is built (Lucene's default 100): a guide's graph of about a
     * hundred passages is searched almost whole for {@link #DENSE_PASSAGES}, so a narrower build ranks the same
     * (multi-guide tuning figures unchanged) and a start builds fifty guides' graphs in less time.
     */
    static final int GUIDE_GRAPH_BEAM = 32;

    // Ranking: BM25, the similarity of meaning and the labelled questions' vote, fused.

    /**
     * BM25's share in fusion by normalised scores; the similarity gets 1 − this − {@link #LABELLED_WEIGHT} (0.35).
     * BM25 at 0.2–0.5 measured within one or two questions of each other (recall@1 0.873–0.886).
     */
    static final double LEXICAL_WEIGHT = 0.4;
    /** The labelled questions' vote's share: recall@1 0.892, against 0.873 at 0.20 and 0.880 at 0.30. */
    static final double LABELLED_WEIGHT = 0.25;
    /** k of reciprocal-rank fusion, the other fusion, kept to measure against (recall@3 0.930 against 0.937). */
    static final double RRF_K = 10;
    /**
     * The share of the labelled questions' vote one kind of section must hold for the vote to count as a consensus:
     * above it, the vote's weight in fusion grows towards {@link #LABELLED_WEIGHT} + {@link #CONSENSUS_WEIGHT} at a
     * unanimous vote, BM25 and the similarity keeping their proportion in what is left. Nearly all the closest
     * labelled questions asking one thing ("what do people new to the role get wrong") is stronger evidence of
     * what is asked than one rare question word a section of another kind happens to mention ("what was wrong" in
     * a next step). Multi-guide tuning half: r@1 0.865 → 0.880 (leave-one-guide-out 0.857 → 0.872); simulated from
     * the logged scores, 0.7 the same and 0.5 no gain; the one-guide tuning set unchanged over four splits into folds.
     */
    static final double VOTE_CONSENSUS = 0.8;
    /**
     * What a unanimous vote adds to the vote's weight, from nothing at {@link #VOTE_CONSENSUS}, linearly: 0.1–0.5
     * rank the multi-guide tuning half the same (simulated from the logged scores); 0.2 keeps the vote under half.
     */
    static final double CONSENSUS_WEIGHT = 0.2;
    /** Labelled questions in a vote (ranking's and confidence's): recall@1 0.892, 0.880 with 5, 0.886 with 15 or 20. */
    static final int NEIGHBOURS = 10;
    /** Softmax temperature of a vote's similarities: recall@1 0.892, 0.880 at 0.02, 0.886 at 0.1. */
    static final double NEIGHBOUR_TEMPERATURE = 0.05;

    // Answering or not: the confidence.

    /**
     * The off-topic threshold: the probability of being in scope from which a question is answered. 0.3–0.4 keep
     * every right-ranked question answered and reject 0.964 of the out-of-scope ones; 0.45 rejects one more and
     * loses one right answer; 0.4 sits in the middle.
     */
    static final double ANSWER_THRESHOLD = 0.4;
    /**
     * The in-scope probability above which a question that names a guide's role is answered: naming the role is
     * itself a sign the question is about the guides, one the classifier (trained on questions of one guide, none
     * of which needs to name it) does not see. Measured on the multi-guide tuning half.
     */
    static final double NAMED_ROLE_THRESHOLD = 0.15;
    /** A question word the guides use only in running text says less that they speak about it than a naming one (1). */
    static final double PASSING_WORD = 0.5;
    /** Gradient descent steps over all labelled questions: a fixed count, so every start trains the same weights. */
    static final int EPOCHS = 3000;
    /** Step size; the signals are scaled to mean 0 and deviation 1, so one size suits them all. */
    static final double LEARNING_RATE = 0.1;
    /** L2 penalty: signals that move together (the nearest-question ones) share small weights rather than cancel. */
    static final double L2 = 0.03;
    /**
     * Gradient steps of the {@link ScopeDirection} over the labelled questions' vectors (fixed, so every start fits
     * the same direction). Measured (2026-12-08, `bench/quality.sh` on the tuning sets, offline from logged vectors):
     * 800 steps of size 1 with L2 0.001 answer no question to refuse at the even-odds bar (0); L2 0.0003–0.01 move
     * no tuning figure at that bar, only how far below it a question to refuse sits.
     */
    static final int DIRECTION_STEPS = 800;
    /** Step size of the {@link ScopeDirection}'s fit: the vectors are unit length, their parts small. */
    static final double DIRECTION_LEARNING_RATE = 1.0;
    /** L2 penalty of the {@link ScopeDirection}'s weights. */
    static final double DIRECTION_L2 = 0.001;

    // What is shown.

    /** What one word shared with the question adds to a passage's similarity: meaning decides, words break ties. */
    static final float SHARED_WORD_WEIGHT = 0.01f;
    /** Shortest word the did-you-mean corrects: short words have many others one edit away. */
    static final int MIN_CORRECTED_LENGTH = 5;
    /** Routing by meaning: the least similarity of a question to a guide's title or alias to search that guide. */
    static final double MEANING_ROUTE_MIN = 0.75;
    /** Routing by meaning: how far the closest guide's name must be ahead of every other guide's. */
    static final double MEANING_ROUTE_MARGIN = 0.12;
    /**
     * Nobody's guide chosen and no role named: a guide's evidence is the sum of its best this many sections' fused
     * scores among all guides' (a guide with one strong section and nothing else is not the question's guide).
     */
    static final int GUIDE_EVIDENCE_SECTIONS = 5;
    /** The share of its own evidence by which the leading guide must be ahead of the next to be answered from. */
    static final double GUIDE_EVIDENCE_MARGIN = 0.1;
    /**
     * What a guide's share of the question's guide-distinctive words ({@link GuideWords}) adds to its evidence, in
     * fused scores (a best section's is at most 1). Simulated from the logged rankings of the multi-guide tuning half
     * and an organisation's own four guides beside the shipped one: 0.25–0.5 route two or three of the four questions
     * naming one guide's tools to it, 0.6–1.0 all four, with the multi-guide tuning half unchanged; from 2 "I miss
     * coding since I started managing" leaves the guide most of its best sections belong to.
     */
    static final double GUIDE_WORDS_WEIGHT = 0.7;

    // Routing among many guides: how far the grammar of roles and moves reads.

    /**
     * Words before a role read for how the asker stands to it ("after 3 years as", "want to move into"), skipping
     * articles and numbers: a cue further back belongs to another clause.
     */
    static final int ROLE_CUE_WORDS = 3;
    /** Words naming a team after a role verb or before "as its manager" ("our data platform team"): names are short. */
    static final int TEAM_NAME_WORDS = 3;
    /**
     * Words before the first role of a move taken out with it when they say the asker holds it ("after 3 years as",
     * "I'm a"); a longer lead-in is a sentence of its own. Tuning half: r@1 0.835 → 0.842, right guide 0.932 → 0.940.
     */
    static final int HELD_ROLE_LEAD_IN_WORDS = 5;
    /**
     * Words of a guide's names said before a role without its generic head ("a payments principal" for "Principal
     * Engineer (Payments)"): a title's qualifier and a field, as a title says them; a longer run is a phrase of
     * its own. Not tuned: the organisation's tuning set says one.
     */
    static final int HEADLESS_QUALIFIERS = 2;
    /**
     * How far a section of no kind must be closer (mean similarity of its mean passage to each kind's section-kind
     * questions) to one kind than to the next to be read as that kind ({@link KindsByMeaning}). Sections read right
     * led by 0.02-0.11; those read wrong by under 0.02.
     */
    static final double KIND_BY_MEANING_MARGIN = 0.025;

    /**
     * Words between the two roles of a move taken out with them when a question follows the role headed for ("backend
     * lead wanting to move into games as a gameplay lead, where will I struggle"); six are taken out whatever follows.
     * Ten words taken out whatever follows lost transitions whose asked part is between the roles ("what do I need to
     * become a"); see docs/search-experiments.md.
     */
    static final int MOVE_WORDS = 12;

    /** How many of the closest roles with a guide are offered for a role no guide covers. */
    static final int CLOSEST_ROLES = 3;
}
