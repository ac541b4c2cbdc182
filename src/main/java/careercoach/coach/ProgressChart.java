package careercoach.coach;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The picture of a person's progress: each skill area's rating now, and at the previous check when there is one, as
 * a horizontal bar chart in PNG, with alt text that says the same values in words (for screen readers and for
 * anyone the picture does not reach). Drawn with the JDK's own Java2D, headless: one small chart does not justify a
 * charting library's megabytes. Pure: values in, bytes out.
 */
public final class ProgressChart {
    /** Slack's limit on an image block's alt text. */
    public static final int MAX_ALT_TEXT = 2000;
    /** Past this many skill areas the picture shows the first ones (the alt text still names them all it can). */
    public static final int MAX_ROWS = 30;
    public static final int WIDTH = 760;

    private static final int ROW_HEIGHT = 40;
    private static final int TOP = 70;
    private static final int BOTTOM = 44;
    private static final int LABEL_WIDTH = 300;
    private static final int RIGHT_MARGIN = 24;
    private static final Color NOW = new Color(0x1D, 0x6F, 0xA3);
    private static final Color BEFORE = new Color(0xB8, 0xCC, 0xDA);
    private static final Color GRID = new Color(0xDD, 0xDD, 0xDD);
    private static final Color INK = new Color(0x1D, 0x1C, 0x1D);
    private static final Color MUTED = new Color(0x61, 0x60, 0x61);
    private static final Map<Rating, String> WORDS = Map.of(
            Rating.NEW_TO_IT, "new to it", Rating.SOME_EXPOSURE, "some exposure",
            Rating.PRACTISED, "practised it", Rating.COULD_TEACH, "could teach it");
    /**
     * How often a pitfall trips one up, for "Saying no too often trips you up: rarely"; the same scale, so the
     * longer its bar, the more rarely.
     */
    private static final Map<Rating, String> PITFALL_WORDS = Map.of(
            Rating.NEW_TO_IT, "often", Rating.SOME_EXPOSURE, "sometimes",
            Rating.PRACTISED, "rarely", Rating.COULD_TEACH, "never");

    static {
        // A server draws with no display; set before the first use of AWT, unless the operator chose otherwise.
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    private ProgressChart() {
    }

    /**
     * One skill area: its rating now and, when the previous check rated it, then; {@code pitfall} for a pitfall of
     * the skill gaps, rated by how rarely it trips the person up.
     */
    public record Row(String label, Rating now, Optional<Rating> before, boolean pitfall) {
        public Row(String label, Rating now, Optional<Rating> before) {
            this(label, now, before, false);
        }

        String words(Rating rating) {
            return (pitfall ? PITFALL_WORDS : WORDS).get(rating);
        }

        String said() {
            return pitfall ? label + " trips you up" : label;
        }
    }

    /** The chart: PNG bytes, its size in pixels, and what it shows in words. */
    public record Picture(byte[] png, int width, int height, String altText) {
    }

    /** The skill areas rated in the latest check, strongest first (guide order among equals), with the previous rating. */
    public static List<Row> rows(ProgressReport report) {
        Map<String, Rating> before = new HashMap<>();
        report.previous().ifPresent(p -> rated(p).forEach(r -> before.put(r.ref(), r.rating())));
        return rated(report.latest()).stream()
                .sorted(Comparator.comparing(SkillCheckResult.RatedSkill::rating).reversed())
                .map(r -> new Row(r.label(), r.rating(), Optional.ofNullable(before.get(r.ref())), r.pitfall()))
                .toList();
    }

    private static List<SkillCheckResult.RatedSkill> rated(SkillCheckResult result) {
        List<SkillCheckResult.RatedSkill> rated = new ArrayList<>(result.strengths());
        result.gaps().forEach(g -> rated.add(g.skill()));
        return rated;
    }

    public static Picture render(ProgressReport report) {
        return render(rows(report), report.previous().isPresent());
    }

    /**
     * @param hadPrevious whether there was a previous check (the legend and the alt text say so even when it rated
     *                    none of these skill areas)
     */
    public static Picture render(List<Row> rows, boolean hadPrevious) {
        List<Row> shown = rows.subList(0, Math.min(MAX_ROWS, rows.size()));
        int height = TOP + Math.max(1, shown.size()) * ROW_HEIGHT + BOTTOM;
        BufferedImage image = new BufferedImage(WIDTH, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            draw(g, shown, hadPrevious, height);
        } finally {
            g.dispose();
        }
        return new Picture(png(image), WIDTH, height, altText(rows, hadPrevious));
    }

    private static void draw(Graphics2D g, List<Row> rows, boolean hadPrevious, int height) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, WIDTH, height);
        Font title = new Font(Font.SANS_SERIF, Font.BOLD, 16);
        Font text = new Font(Font.SANS_SERIF, Font.PLAIN, 13);
        Font small = new Font(Font.SANS_SERIF, Font.PLAIN, 11);

        g.setColor(INK);
        g.setFont(title);
        g.drawString(hadPrevious ? "Your skill ratings: now and at your previous check" : "Your skill ratings now",
                16, 26);

        int plotLeft = LABEL_WIDTH + 16;
        int plotWidth = WIDTH - plotLeft - RIGHT_MARGIN;
        Rating[] levels = Rating.values();
        g.setFont(small);
        FontMetrics smallMetrics = g.getFontMetrics();
        for (Rating level : levels) {
            int x = plotLeft + plotWidth * (level.ordinal() + 1) / levels.length;
            g.setColor(GRID);
            g.setStroke(new BasicStroke(1f));
            g.drawLine(x, TOP - 8, x, height - BOTTOM + 4);
            g.setColor(MUTED);
            String word = capitalised(WORDS.get(level));
            g.drawString(word, x - smallMetrics.stringWidth(word), TOP - 14);
        }

        g.setFont(text);
        FontMetrics metrics = g.getFontMetrics();
        int y = TOP;
        if (rows.isEmpty()) {
            g.setColor(MUTED);
            g.drawString("No skill area was rated in this check.", 16, y + 24);
        }
        for (Row row : rows) {
            g.setColor(INK);
            g.drawString(fit(row.label(), metrics, LABEL_WIDTH - 8), 16, y + 24);
            int barHeight = hadPrevious ? 13 : 20;
            int nowY = hadPrevious ? y + 6 : y + 10;
            g.setColor(NOW);
            g.fillRect(plotLeft, nowY, barLength(row.now(), plotWidth), barHeight);
            if (row.before().isPresent()) {
                g.setColor(BEFORE);
                g.fillRect(plotLeft, nowY + barHeight + 3, barLength(row.before().get(), plotWidth), barHeight);
            }
            y += ROW_HEIGHT;
        }

        int legendY = height - 18;
        g.setFont(small);
        g.setColor(NOW);
        g.fillRect(16, legendY - 10, 12, 12);
        g.setColor(INK);
        g.drawString("Now", 34, legendY);
        if (hadPrevious) {
            g.setColor(BEFORE);
            g.fillRect(90, legendY - 10, 12, 12);
            g.setColor(INK);
            g.drawString("Previous check", 108, legendY);
        }
        if (rows.stream().anyMatch(Row::pitfall)) {
            g.setColor(MUTED);
            g.drawString("Pitfalls: the longer the bar, the more rarely it trips you up", 240, legendY);
        }
    }

    private static int barLength(Rating rating, int plotWidth) {
        return plotWidth * (rating.ordinal() + 1) / Rating.values().length;
    }

    /**
     * The label as it fits in {@code width} pixels: whole, else without its parenthesis ("Observability in practice
     * (dashboards, …)" → "Observability in practice"), else cut with an ellipsis. The alt text has it whole.
     */
    private static String fit(String label, FontMetrics metrics, int width) {
        if (metrics.stringWidth(label) <= width) {
            return label;
        }
        int parenthesis = label.indexOf(" (");
        if (parenthesis > 0 && metrics.stringWidth(label.substring(0, parenthesis)) <= width) {
            return label.substring(0, parenthesis);
        }
        String cut = label;
        while (!cut.isEmpty() && metrics.stringWidth(cut + "…") > width) {
            cut = cut.substring(0, cut.length() - 1);
        }
        return cut.stripTrailing() + "…";
    }

    /**
     * PNG with deflate level 1: a chart of flat colours compresses nearly as well as at the default level, in a
     * sixth of the time.
     */
    private static byte[] png(BufferedImage image) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(32 * 1024);
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("png");
        if (!writers.hasNext()) {
            throw new IllegalStateException("no PNG writer in this JDK");
        }
        ImageWriter writer = writers.next();
        try (ImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            // The JDK's PNG writer deflates at level 9 * (1 - quality): 0.8 is level 1.
            param.setCompressionQuality(0.8f);
            writer.setOutput(out);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    /** The values in words, such as "System design: practised it, was some exposure". At most 2,000 characters. */
    public static String altText(List<Row> rows, boolean hadPrevious) {
        String head = hadPrevious ? "Skill ratings now and at the previous check. " : "Skill ratings now. ";
        if (rows.isEmpty()) {
            return head + "No skill area was rated.";
        }
        String all = head + rows.stream().map(r -> r.said() + ": " + r.words(r.now())
                        + r.before().map(b -> b == r.now() ? " (unchanged)" : ", was " + r.words(b)).orElse(""))
                .collect(Collectors.joining("; ")) + ".";
        return all.length() <= MAX_ALT_TEXT ? all : all.substring(0, MAX_ALT_TEXT - 1) + "…";
    }

    private static String capitalised(String words) {
        return words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
    }
}
