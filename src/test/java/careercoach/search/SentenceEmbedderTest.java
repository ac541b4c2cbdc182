package careercoach.search;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The shipped model, run for real: vectors of unit length that put texts alike in meaning close together. */
class SentenceEmbedderTest {
    private final SentenceEmbedder model = SentenceEmbedder.shared();

    @Test
    void question_isNearerAPassageOnItsSubjectThanOneOffIt() {
        float[] question = model.embedQuestion("how much does a tech lead earn?");
        float[] pay = model.embedPassage("Salary & Demand. Median Salary Range: Senior Level: $180k - $240k");
        float[] food = model.embedPassage("The canteen serves pizza and pasta on Fridays.");

        assertEquals(SentenceEmbedder.DIMENSIONS, question.length);
        assertEquals(1.0, SentenceEmbedder.dot(question, question), 1e-4, "unit length");
        assertTrue(SentenceEmbedder.dot(question, pay) > SentenceEmbedder.dot(question, food) + 0.2,
                "pay is nearer a question on pay than food is");
    }

    @Test
    void longQuestion_isCutAndStillEmbedded() {
        float[] shortOne = model.embedQuestion("what skills does a lead need");
        float[] longOne = model.embedQuestion("what skills does a lead need " + "really ".repeat(200));

        assertEquals(1.0, SentenceEmbedder.dot(longOne, longOne), 1e-4);
        assertNotEquals(0f, SentenceEmbedder.dot(shortOne, longOne));
    }

    @Test
    void questionKey_keepsAQuestionApartFromAPassageWithTheSameText() {
        String key = SentenceEmbedder.questionKey("Kotlin");

        assertNotEquals("Kotlin", key);
        assertEquals("Kotlin", SentenceEmbedder.questionOf(key));
    }

    @Test
    void dots_equalEachDotProductBitForBit() {
        float[] question = model.embedQuestion("how do I get better at system design?");
        float[][] rows = new float[7][];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = model.embedPassage("passage number " + i + " about design reviews and trade-offs");
        }
        float[] into = new float[rows.length + 2];

        SentenceEmbedder.dots(question, rows, into, 2);

        for (int i = 0; i < rows.length; i++) {
            assertEquals(Float.floatToIntBits(SentenceEmbedder.dot(question, rows[i])), Float.floatToIntBits(into[i + 2]));
        }
    }
}
