package careercoach.guide;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** British and American spellings of one word are read as one; words spelled one way everywhere are left alone. */
class EnglishSpellingsTest {

    private static void american(String expected, String... words) {
        for (String word : words) {
            assertEquals(expected, EnglishSpellings.american(word), word);
        }
    }

    @Test
    void american_britishSpellingsAreReadInTheirAmericanForm() {
        american("program", "programme", "program");
        american("programs", "programmes");
        american("organization", "organisation", "organization");
        american("organizational", "organisational");
        american("prioritizing", "prioritising");
        american("recognized", "recognised");
        american("analyze", "analyse");
        american("analyzers", "analysers");
        american("behavior", "behaviour");
        american("behavioral", "behavioural");
        american("favorite", "favourite");
        american("modeling", "modelling");
        american("leveled", "levelled");
        american("center", "centre");
        american("license", "licence");
        american("judgment", "judgement");
        american("practice", "practise");
        american("practicing", "practising");
    }

    @Test
    void american_wordsSpelledOneWayEverywhereAreLeftAlone() {
        for (String word : new String[]{"advise", "advertising", "exercise", "expertise", "enterprise", "promise",
                "promising", "surprised", "otherwise", "noise", "raise", "rise", "arising", "precise", "franchise",
                "compromise", "supervised", "revise", "four", "hour", "your", "tour", "detour", "programmer",
                "programmed", "programming", "telling", "calling", "analysis", "analyst", "crisis", "basis",
                "controller", "size"}) {
            assertEquals(word, EnglishSpellings.american(word));
        }
    }
}
