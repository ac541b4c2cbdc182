package careercoach.content;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The period a report covers, as typed: {@code 30d}, {@code 2w}, {@code 12h}; 30 days when not given. */
public final class ReportPeriod {
    public static final Duration DEFAULT = Duration.ofDays(30);
    private static final Pattern FORM = Pattern.compile("(\\d{1,4})\\s*([hdw])");

    private ReportPeriod() {
    }

    /** @throws IllegalArgumentException with a sentence for the person who typed it */
    public static Duration parse(String text) {
        if (text == null || text.isBlank()) {
            return DEFAULT;
        }
        Matcher m = FORM.matcher(text.strip().toLowerCase(Locale.ROOT));
        if (!m.matches() || Integer.parseInt(m.group(1)) == 0) {
            throw new IllegalArgumentException("'" + text.strip() + "' is no period: write a number and h, d or w,"
                    + " such as 30d or 2w");
        }
        long n = Long.parseLong(m.group(1));
        return switch (m.group(2)) {
            case "h" -> Duration.ofHours(n);
            case "w" -> Duration.ofDays(7 * n);
            default -> Duration.ofDays(n);
        };
    }
}
