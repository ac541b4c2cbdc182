package careercoach.ladder;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a salary figure in a line: an amount with a currency ("$130k", "€60,000", "USD 90k"), or a range of two
 * ("~$130k–$180k", "120k-150k"), with what the figure is that follows it: the basis ("base", "total", "per year")
 * and a place in brackets ("(US)"). "~$130k–$180k base (US), depending on region" gives "~$130k–$180k base (US)".
 */
final class SalaryRange {
    private static final String CURRENCY = "(?:[$€£¥₹]|(?:USD|EUR|GBP|CHF|CAD|AUD|INR|SEK|NOK|DKK|PLN)\\s?)";
    private static final String NUMBER = "\\d+(?:[.,]\\d+)*\\s?(?:[kKmM](?![\\p{L}]))?\\+?";
    private static final String WITH_CURRENCY = "~?\\s?" + CURRENCY + NUMBER;
    private static final String THOUSANDS = "~?\\d+(?:[.,]\\d+)?\\s?[kK]\\+?";
    private static final String TO = "\\s?(?:[–—-]|to)\\s?";
    private static final String BASIS = "(?:\\s+(?:base|total|gross|salary|OTE|TC|annual|annually|per|a|year|yr|"
            + "month|hour|compensation)(?![\\p{L}])|\\s+\\([^()]{1,20}\\))*";
    private static final Pattern FIGURE = Pattern.compile("(?:" + WITH_CURRENCY + "(?:" + TO + "(?:" + WITH_CURRENCY
            + "|~?" + NUMBER + "))?|" + THOUSANDS + TO + THOUSANDS + ")" + BASIS, Pattern.CASE_INSENSITIVE);

    private SalaryRange() {
    }

    /** The first salary figure in the text, with its basis and place; empty when the text names no amount. */
    static Optional<String> in(String text) {
        Matcher m = FIGURE.matcher(text);
        return m.find() ? Optional.of(m.group().strip()) : Optional.empty();
    }
}
