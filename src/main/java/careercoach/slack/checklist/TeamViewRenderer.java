package careercoach.slack.checklist;

import careercoach.checklist.Checklist;
import careercoach.checklist.TeamMember;
import careercoach.checklist.WeeklyDigest;
import careercoach.slack.Mrkdwn;
import com.slack.api.model.block.ActionsBlock;
import com.slack.api.model.block.DividerBlock;
import com.slack.api.model.block.HeaderBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.element.BlockElement;
import com.slack.api.model.block.element.ButtonElement;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;

/**
 * The manager's team view in the App Home: one person a row, most urgent first, ten to a page (at most 35 blocks,
 * whatever the size of the team), with the weekly digest's switch. Pure: same team, same blocks.
 */
public final class TeamViewRenderer {
    /** People per page: two blocks each, so a page stays far within the Home's 100 blocks. */
    public static final int PAGE_SIZE = 10;
    private static final int TOP_STEPS = 3;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MMM d", Locale.ENGLISH);

    /**
     * @param page     0-based; past the last page shows the last
     * @param digestOn whether the manager gets the weekly digest
     * @param now      for "last active 3 days ago"
     */
    public List<LayoutBlock> blocks(List<TeamMember> team, int page, boolean digestOn, Instant now) {
        List<LayoutBlock> blocks = new ArrayList<>();
        if (team.isEmpty()) {
            return blocks;
        }
        int pages = (team.size() + PAGE_SIZE - 1) / PAGE_SIZE;
        int shown = Math.max(0, Math.min(page, pages - 1));
        blocks.add(DividerBlock.builder().build());
        blocks.add(HeaderBlock.builder().text(plainText("Your team")).build());
        long behind = team.stream().filter(m -> m.overdue() > 0).count();
        long notStarted = team.stream().filter(TeamMember::notStarted).count();
        blocks.add(SectionBlock.builder().blockId("team_digest").text(markdownText(team.size()
                        + (team.size() == 1 ? " person" : " people") + ", most urgent first · " + behind
                        + " with overdue items · " + notStarted + " not started\nWeekly digest (Mondays 09:00): *"
                        + (digestOn ? "on" : "off") + "*"))
                .accessory(ButtonElement.builder().actionId(ChecklistIds.DIGEST_TOGGLE)
                        .value(digestOn ? "off" : "on")
                        .text(plainText(digestOn ? "Turn digest off" : "Turn digest on")).build())
                .build());
        for (TeamMember member : team.subList(shown * PAGE_SIZE, Math.min(team.size(), (shown + 1) * PAGE_SIZE))) {
            blocks.addAll(row(member, now));
        }
        if (pages > 1) {
            List<BlockElement> nav = new ArrayList<>();
            if (shown > 0) {
                nav.add(ButtonElement.builder().actionId(ChecklistIds.TEAM_PAGE + "_previous")
                        .value(String.valueOf(shown - 1)).text(plainText("‹ Previous")).build());
            }
            if (shown < pages - 1) {
                nav.add(ButtonElement.builder().actionId(ChecklistIds.TEAM_PAGE + "_next")
                        .value(String.valueOf(shown + 1)).text(plainText("Next ›")).build());
            }
            blocks.add(ActionsBlock.builder().blockId("team_pages").elements(nav).build());
            blocks.add(ChecklistRenderer.context("Page " + (shown + 1) + " of " + pages));
        }
        return blocks;
    }

    /** One person: a section of facts, and the buttons to open the checklist and to remind them. */
    List<LayoutBlock> row(TeamMember member, Instant now) {
        StringBuilder text = new StringBuilder("*").append(ChecklistText.user(member.personId())).append("*");
        if (member.progress().total() > 0) {
            text.append(" · ").append(member.progress().done()).append(" of ").append(member.progress().total())
                    .append(" done");
        }
        if (member.overdue() > 0) {
            text.append(" · :warning: ").append(member.overdue()).append(" overdue");
        } else if (member.notStarted()) {
            text.append(" · not started");
        }
        text.append(" · ").append(member.lastActivity().map(at -> "last active " + ago(at, now))
                .orElse("no activity yet"));
        member.headingFor().ifPresent(role -> text.append("\nHeading for *").append(ChecklistText.escape(role))
                .append("*"));
        member.plan().ifPresent(plan -> {
            text.append("\nShared a plan ").append(DAY.format(plan.sharedAt().atOffset(ZoneOffset.UTC)));
            if (!plan.steps().isEmpty()) {
                text.append(" · top steps: ").append(String.join("; ", plan.steps().subList(0,
                        Math.min(TOP_STEPS, plan.steps().size())).stream().map(ChecklistText::escape).toList()));
            }
        });
        List<LayoutBlock> row = new ArrayList<>();
        row.add(ChecklistRenderer.section(Mrkdwn.truncate(text.toString(), Mrkdwn.MAX_TEXT)));
        List<BlockElement> buttons = new ArrayList<>();
        member.mostUrgent().flatMap(Checklist::permalink).ifPresent(link -> buttons.add(ButtonElement.builder()
                .actionId(ChecklistIds.TEAM_OPEN).url(link).value(member.personId())
                .text(plainText("Open checklist")).build()));
        if (member.openItems() > 0 && !member.remindedToday()) {
            buttons.add(ButtonElement.builder().actionId(ChecklistIds.TEAM_REMIND).value(member.personId())
                    .text(plainText("Send a gentle reminder")).build());
        }
        if (!buttons.isEmpty()) {
            row.add(ActionsBlock.builder().blockId("team:" + member.personId()).elements(buttons).build());
        }
        if (member.remindedToday()) {
            row.add(ChecklistRenderer.context("Reminded today"));
        }
        return row;
    }

    /** Most people a summary line names before "and n more". */
    private static final int SUMMARY_NAMES = 8;

    /** What a manager who shared nothing with anyone, and was shared nothing with, is told about their team. */
    public static final String EMPTY_TEAM = "Your team view fills as you share a checklist with someone"
            + " (`/career checklist @person` in a channel) or as people share their plan with you; then I can tell"
            + " you how they are doing.";

    /**
     * A short answer to "how is my team doing?": who is behind (overdue items), who has not started, who is on
     * their way, one line each, and where the whole team view is. The team as {@link #blocks} shows it.
     */
    public List<LayoutBlock> summary(List<TeamMember> team) {
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(ChecklistRenderer.section(summaryText(team)));
        if (!team.isEmpty()) {
            blocks.add(ChecklistRenderer.context("The whole team view, with reminders, is in my App Home."));
        }
        return blocks;
    }

    /** The summary as text: the notification's text, and the section of {@link #summary}. */
    public String summaryText(List<TeamMember> team) {
        if (team.isEmpty()) {
            return EMPTY_TEAM;
        }
        List<TeamMember> behind = team.stream().filter(m -> m.overdue() > 0).toList();
        List<TeamMember> notStarted = team.stream().filter(m -> m.overdue() == 0 && m.notStarted()).toList();
        List<TeamMember> rest = team.stream().filter(m -> m.overdue() == 0 && !m.notStarted()).toList();
        StringBuilder text = new StringBuilder("*Your team:* ").append(team.size())
                .append(team.size() == 1 ? " person" : " people").append(" · ").append(behind.size())
                .append(" behind · ").append(notStarted.size()).append(" not started");
        if (!behind.isEmpty()) {
            text.append("\n*Behind:* ").append(names(behind, m -> m.overdue() + " overdue ("
                    + m.progress().done() + " of " + m.progress().total() + " done)"));
        }
        if (!notStarted.isEmpty()) {
            text.append("\n*Not started:* ").append(names(notStarted, m -> "0 of " + m.progress().total()));
        }
        if (!rest.isEmpty()) {
            text.append("\n*On their way:* ").append(names(rest, m -> m.progress().total() > 0
                    ? m.progress().done() + " of " + m.progress().total() + " done" : "shared a plan"));
        }
        return Mrkdwn.truncate(text.toString(), Mrkdwn.MAX_TEXT);
    }

    private static String names(List<TeamMember> people, Function<TeamMember, String> facts) {
        List<String> named = people.stream().limit(SUMMARY_NAMES).map(m -> ChecklistText.user(m.personId()) + " "
                + facts.apply(m) + m.headingFor().map(role -> ", heading for " + ChecklistText.escape(role))
                .orElse("")).toList();
        return String.join("; ", named) + (people.size() > SUMMARY_NAMES
                ? " and " + (people.size() - SUMMARY_NAMES) + " more" : "");
    }

    static String ago(Instant at, Instant now) {
        long days = Duration.between(at, now).toDays();
        if (days <= 0) {
            return "today";
        }
        return days == 1 ? "yesterday" : days + " days ago";
    }

    /** The gentle reminder's DM to the person. */
    public List<LayoutBlock> reminder(Checklist checklist, String managerId) {
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(ChecklistRenderer.section(":wave: " + ChecklistText.user(managerId) + " sends a gentle reminder: "
                + checklist.openItems().size() + " of " + checklist.items().size()
                + " items are still open on the checklist they shared with you"
                + checklist.dueDate().map(d -> " (due " + DateTimeFormatter.ofPattern("MMM d, yyyy", Locale.ENGLISH)
                .format(d) + ")").orElse("") + "."));
        checklist.permalink().ifPresent(link -> blocks.add(ChecklistRenderer.context("<" + link
                + "|Open the checklist>")));
        return blocks;
    }

    /**
     * Said to the manager when Slack would not take the gentle reminder's DM ({@code error}): for good
     * ({@code permanent}), as for someone in another organisation's workspace, whom a channel shared with it lets
     * tick but whom the bot cannot DM from here; or for now.
     */
    public String reminderNotSent(String personId, String error, boolean permanent) {
        String who = ChecklistText.user(personId);
        return permanent
                ? "I couldn't send " + who + " the gentle reminder: Slack would not let me send them a direct message (`"
                + error + "`). If they are in another organisation's workspace, they can't get my direct messages:"
                + " remind them in the checklist's channel."
                : "I couldn't send " + who + " the gentle reminder just now (Slack said `" + error + "`). Try again in"
                + " a few minutes.";
    }

    /** The weekly digest's DM: what moved, what is overdue, who has not started. */
    public List<LayoutBlock> digest(WeeklyDigest digest) {
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(HeaderBlock.builder().text(plainText("Your team this week")).build());
        if (!digest.moved().isEmpty()) {
            blocks.add(ChecklistRenderer.section(Mrkdwn.truncate("*What moved*\n" + String.join("\n", digest.moved()
                    .stream().map(m -> "• " + ChecklistText.user(m.member().personId()) + " ticked " + m.ticked()
                            + (m.ticked() == 1 ? " item" : " items") + " · now " + m.member().progress().done()
                            + " of " + m.member().progress().total() + " done" + headingFor(m.member())).toList()),
                    Mrkdwn.MAX_TEXT)));
        }
        if (!digest.overdue().isEmpty()) {
            blocks.add(ChecklistRenderer.section(Mrkdwn.truncate("*Overdue*\n" + String.join("\n", digest.overdue()
                    .stream().map(m -> "• " + ChecklistText.user(m.personId()) + ": " + m.overdue()
                            + (m.overdue() == 1 ? " item" : " items") + " past the due date" + headingFor(m))
                            .toList()),
                    Mrkdwn.MAX_TEXT)));
        }
        if (!digest.notStarted().isEmpty()) {
            blocks.add(ChecklistRenderer.section(Mrkdwn.truncate("*Not started*\n" + String.join("\n", digest
                    .notStarted().stream().map(m -> "• " + ChecklistText.user(m.personId()) + " (0 of "
                            + m.progress().total() + ")" + headingFor(m)).toList()), Mrkdwn.MAX_TEXT)));
        }
        blocks.add(ChecklistRenderer.context("Your team view is in my App Home. `/career digest off` stops this "
                + "digest."));
        return blocks;
    }

    /** " · heading for <role>" where what the person shared names their role; else nothing. */
    private static String headingFor(TeamMember member) {
        return member.headingFor().map(role -> " · heading for " + ChecklistText.escape(role)).orElse("");
    }

    public String digestText(WeeklyDigest digest) {
        return "Your team this week: " + digest.moved().size() + " moved, " + digest.overdue().size()
                + " with overdue items, " + digest.notStarted().size() + " not started";
    }
}
