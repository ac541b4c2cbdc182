package careercoach.ladder;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RunTogetherTextTest {

    @Test
    void split_closingBracketThenCapital_endsABlock() {
        assertEquals(List.of("Breaking a monolith (migration plans, incremental rollout)",
                        "Service-to-service reliability patterns (timeouts, retries)", "Leading through influence"),
                RunTogetherText.split("Breaking a monolith (migration plans, incremental rollout)Service-to-service"
                        + " reliability patterns (timeouts, retries)Leading through influence"));
    }

    @Test
    void split_lowerCaseThenCapitalisedWord_endsABlock() {
        assertEquals(List.of("Entry Level", "Not typical for lead roles"),
                RunTogetherText.split("Entry LevelNot typical for lead roles"));
        assertEquals(List.of("Development Suggestions", "Build experience by leading one service."),
                RunTogetherText.split("Development SuggestionsBuild experience by leading one service."));
        assertEquals(List.of("Fintech and payments", "E-commerce and marketplaces", "Cybersecurity",
                        "Cloud infrastructure"),
                RunTogetherText.split(
                        "Fintech and paymentsE-commerce and marketplacesCybersecurityCloud infrastructure"));
    }

    @Test
    void split_runOfCapitalisedNames_givesEachName() {
        assertEquals(List.of("Amazon", "Google", "Microsoft", "Meta", "Apple", "Uber"),
                RunTogetherText.split("AmazonGoogleMicrosoftMetaAppleUber"));
    }

    @Test
    void split_sentencesRunTogether_areTwo() {
        assertEquals(List.of("Handle one real incident review.", "Practice writing design docs."),
                RunTogetherText.split("Handle one real incident review.Practice writing design docs."));
    }

    @Test
    void split_keepsNamesWrittenInCamelCaseAndAbbreviations() {
        for (String line : List.of(
                "Collaborate with Product, Frontend, Data, Security, and DevOps/SRE to plan and deliver roadmaps",
                "Strong coding skills (e.g., Java/Kotlin, JavaScript, Go, C#, Python, Node.js)",
                "Databases and data modeling (SQL and at least one NoSQL pattern)",
                "SaaS (B2B software) on GitHub, LinkedIn or YouTube, with iOS and macOS clients",
                "A Backend Engineering Lead (Microservices) builds and runs the server-side systems")) {
            assertEquals(List.of(line), RunTogetherText.split(line), line);
        }
    }
}
