package careercoach.slack.install;

/**
 * The pages a person installing the app sees: the "Add to Slack" page, the result, and what went wrong in words,
 * never a stack trace. Plain HTML with no script and nothing loaded from elsewhere.
 */
final class InstallPageRenderer {
    static final String APP_NAME = "Career Coach";

    /** The page of {@code /slack/install}: a button that goes to Slack's authorize page. */
    String start(String authorizeUrl) {
        return page("Add " + APP_NAME + " to Slack",
                "<p>" + APP_NAME + " answers questions from your organisation's career guides, walks people through"
                        + " a skill-gap check and shares next-step checklists, in Slack.</p>"
                        + "<p><a class=\"button\" id=\"add-to-slack\" href=\"" + escape(authorizeUrl)
                        + "\">Add to Slack</a></p>"
                        + "<p class=\"small\">Slack asks you to choose the workspace and to allow what the app needs.</p>");
    }

    /** Installed: where to find the app now. */
    String installed(String workspace, boolean again, String openUrl) {
        String where = workspace == null || workspace.isBlank() ? "your workspace" : escape(workspace);
        return page(APP_NAME + " is installed",
                "<p id=\"result\">" + APP_NAME + " is " + (again ? "installed again" : "installed") + " in " + where
                        + ".</p>"
                        + (again ? "<p>Everything people had saved before is still there.</p>" : "")
                        + "<p>Type <code>/career help</code> in any channel, or open " + APP_NAME
                        + " in Slack and send it a message.</p>"
                        + "<p><a class=\"button\" href=\"" + escape(openUrl) + "\">Open Slack</a></p>");
    }

    /** Nothing was installed, and why; {@code again} offers to start over. */
    String notInstalled(String why, String installPath) {
        return page(APP_NAME + " was not installed",
                "<p id=\"result\">" + escape(why) + "</p>"
                        + "<p><a class=\"button\" href=\"" + escape(installPath) + "\">Start again</a></p>");
    }

    private static String page(String title, String body) {
        return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>" + escape(title) + "</title><style>"
                + "body{font-family:system-ui,sans-serif;max-width:36rem;margin:4rem auto;padding:0 1rem;color:#1d1c1d}"
                + ".button{display:inline-block;background:#4a154b;color:#fff;padding:.6rem 1.2rem;border-radius:.3rem;"
                + "text-decoration:none;font-weight:600}.small{color:#616061;font-size:.9rem}"
                + "</style></head><body><h1>" + escape(title) + "</h1>" + body + "</body></html>\n";
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
