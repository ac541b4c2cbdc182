package careercoach.ladder;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a salary figure in a line: an amount with a currency before it ("$130k", "€60,000", "USD 90k", "CA$105k")
 * or its code after it ("850k SEK"), or a range of two ("~$130k–$180k", "120k-150k", "720k–850k SEK"), with what
 * the figure is that follows it: the basis ("base", "total", "per year") and a place in brackets ("(US)").
 * "~$130k–$180k base (US), depending on region" gives "~$130k–$180k base (US)".
 */
final class SalaryRange {
    /** ISO codes of currencies pay is written in, in capitals: before the amount ("CHF 180k") or after it. */
    private static final String CODE = "(?-i:USD|EUR|GBP|CHF|CAD|AUD|NZD|INR|SEK|NOK|DKK|PLN|CZK|HUF|RON|JPY|CNY|"
            + "SGD|HKD|BRL|MXN|ZAR|ILS|TRY|UAH)(?![\\p{L}])";
    /** A symbol, a dollar said with its country ("CA$", "C$", "A$", "US$"), or a code: the currency before it. */
    private static final String CURRENCY = "(?:[€£¥₹]|(?:(?<!\\p{L})(?-i:[A-Z]{1,3}))?\\$"
            + "|(?:USD|EUR|GBP|CHF|CAD|AUD|INR|SEK|NOK|DKK|PLN|" + CODE + ")\\s?)";
    private static final String NUMBER = "\\d+(?:[.,]\\d+)*\\s?(?:[kKmM](?![\\p{L}]))?\\+?";
    private static final String WITH_CURRENCY = "~?\\s?" + CURRENCY + NUMBER;
    private static final String THOUSANDS = "~?\\d+(?:[.,]\\d+)?\\s?[kK]\\+?";
    private static final String TO = "\\s?(?:[–—-]|to)\\s?";
    /** An amount or a range with the currency's code after it: "720k–850k SEK", "1,100,000–1,300,000 SEK". */
    private static final String CODE_AFTER = "~?" + NUMBER + "(?:" + TO + "~?" + NUMBER + ")?\\s?" + CODE;
    private static final String BASIS = "(?:\\s+(?:base|total|gross|salary|OTE|TC|annual|annually|per|a|year|yr|"
            + "month|hour|compensation)(?![\\p{L}])|\\s+\\([^()]{1,20}\\))*";
    private static final Pattern FIGURE = Pattern.compile("(?:" + WITH_CURRENCY + "(?:" + TO + "(?:" + WITH_CURRENCY
            + "|~?" + NUMBER + "))?|" + CODE_AFTER + "|" + THOUSANDS + TO + THOUSANDS + ")" + BASIS,
            Pattern.CASE_INSENSITIVE);

    /** A figure that is a range of two amounts, not one amount ("$150k–$175k", not "$20k"). */
    private static final Pattern RANGE = Pattern.compile("(?:" + WITH_CURRENCY + TO + "(?:" + WITH_CURRENCY + "|~?"
            + NUMBER + ")|~?" + NUMBER + TO + "~?" + NUMBER + "\\s?" + CODE + "|" + THOUSANDS + TO + THOUSANDS + ")",
            Pattern.CASE_INSENSITIVE);
    /** What may stand between two ranges written as one: "£85k–£100k (UK), $150k–$175k (US)". */
    private static final Pattern BETWEEN = Pattern.compile("\\s*(?:[,;/|]|\\s(?:and|or)\\s)\\s*",
            Pattern.CASE_INSENSITIVE);

    private SalaryRange() {
    }

    /**
     * Every range of the line, so that a level paid in two currencies ("£85k–£100k base (UK), $150k–$175k base
     * (US)") keeps both: as written when only a comma, semicolon, slash or "and"/"or" stands between them, else
     * joined with "; ". A single amount after the first figure ("…, bonus $20k") is no range of the level. Empty
     * when the text names no amount.
     */
    static Optional<String> ranges(String text) {
        Matcher m = FIGURE.matcher(text);
        if (!m.find()) {
            return Optional.empty();
        }
        StringBuilder ranges = new StringBuilder(m.group().strip());
        int end = m.start() + m.group().stripTrailing().length();
        while (m.find()) {
            String figure = m.group().strip();
            if (!RANGE.matcher(figure).lookingAt()) {
                continue;
            }
            int start = m.start() + (m.group().length() - m.group().stripLeading().length());
            String between = text.substring(end, start);
            ranges.append(BETWEEN.matcher(between).matches() ? between : "; ").append(figure);
            end = start + figure.length();
        }
        return Optional.of(ranges.toString());
    }

    /** Words of a pay column's header that only say it is pay: "salary" in "Base salary (US)". */
    private static final Set<String> PAY_WORDS = Set.of("salary", "salaries", "pay", "compensation", "comp",
            "range", "ranges", "band", "bands", "amount", "package", "cash", "figure", "figures");
    /** Words that say what a figure is, as a range says them after its amounts: "base", "total", "per year". */
    private static final Pattern BASIS_WORD = Pattern.compile("base|total|gross|ote|tc|annual|annually|yearly|"
            + "monthly|hourly|per|year|yr|month|hour");

    /**
     * The range with what the header of its column says of it, as a range written in a line says it: "Base salary
     * (US)" over "$150k–$175k" gives "$150k–$175k base (US)". Words that only say the column is pay ("salary",
     * "range") are left out; the basis ("base", "total") follows the amounts, and the place, in brackets or not
     * ("(US)", "UK"), follows in brackets. What the range says already is not said again: "$190k–$250k base" under
     * "Base salary (US)" gives "$190k–$250k base (US)".
     */
    static String qualified(String range, String column) {
        StringBuilder qualified = new StringBuilder(range);
        String said = range.toLowerCase(Locale.ROOT);
        List<String> places = new ArrayList<>();
        Matcher bracket = Pattern.compile("\\(([^()]*)\\)").matcher(column);
        while (bracket.find()) {
            places.add(bracket.group(1).strip());
        }
        List<String> unbracketed = new ArrayList<>();
        for (String word : column.replaceAll("\\([^()]*\\)", " ").split("[\\s/]+")) {
            String w = word.replaceAll("^\\p{Punct}+|\\p{Punct}+$", "");
            String lower = w.toLowerCase(Locale.ROOT);
            if (w.isEmpty() || PAY_WORDS.contains(lower)) {
                continue;
            }
            if (BASIS_WORD.matcher(lower).matches()) {
                if (!Pattern.compile("(?<!\\p{L})" + Pattern.quote(lower) + "(?!\\p{L})").matcher(said).find()) {
                    qualified.append(' ').append(lower.equals("ote") || lower.equals("tc") ? w.toUpperCase(Locale.ROOT)
                            : lower);
                }
            } else {
                unbracketed.add(w);
            }
        }
        if (!unbracketed.isEmpty()) {
            places.add(0, String.join(" ", unbracketed));
        }
        for (String place : places) {
            if (!place.isEmpty() && !said.contains("(" + place.toLowerCase(Locale.ROOT) + ")")) {
                qualified.append(" (").append(place).append(')');
            }
        }
        return qualified.toString();
    }

    /** The first salary figure in the text, with its basis and place; empty when the text names no amount. */
    static Optional<String> in(String text) {
        Matcher m = FIGURE.matcher(text);
        return m.find() ? Optional.of(m.group().strip()) : Optional.empty();
    }
}
