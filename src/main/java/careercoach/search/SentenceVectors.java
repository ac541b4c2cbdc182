package careercoach.search;

/**
 * Unit vectors of short texts from the search's embedding model, for comparing questions with each other by
 * meaning (the dot product of two vectors is their cosine similarity).
 */
public final class SentenceVectors {

    private SentenceVectors() {
    }

    /** The text as the model sees a sentence (no search instruction), so two questions compare symmetrically. */
    public static float[] of(String text) {
        return SentenceEmbedder.shared().embedPassage(text);
    }
}
