package careercoach.search;

/** One ranked guide section for a question, with a highlighted snippet (plain text, matches in *bold*). */
public record Hit(String guideId, String sectionId, String title, String snippet, double score) {
}
