package careercoach.slack.checklist;

import careercoach.checklist.AuditAction;
import careercoach.checklist.AuditEntry;
import careercoach.checklist.Checklist;
import careercoach.checklist.ChecklistItem;
import careercoach.checklist.ChecklistOverview;
import careercoach.checklist.Places;
import careercoach.slack.Mrkdwn;
import com.slack.api.model.block.ActionsBlock;
import com.slack.api.model.block.ContextBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.composition.ConfirmationDialogObject;
import com.slack.api.model.block.composition.OptionObject;
import com.slack.api.model.block.element.ButtonElement;
import com.slack.api.model.block.element.CheckboxesElement;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;

/** Block Kit for checklists in channels, DMs and ephemeral answers. Pure: same checklist, same blocks. */
public final class ChecklistRenderer {
    /** Open items named per checklist in "what's left": a section's text stays far below Slack's 3,000 characters. */
    private static final int WHATS_LEFT_ITEMS = 10;
    /** Checklists with open items shown in "what's left", each one section. */
    private static final int WHATS_LEFT_CHECKLISTS = 10;
    /** Slack's limit of options per checkboxes element (the share form's groups of picks). */
    static final int OPTIONS_PER_GROUP = 10;
    /** The text of an item's one checkbox; the item's own text is the section beside it. */
    static final String DONE = "Done";
    /** Blocks of a message besides its items: title, progress, buttons, and the "more in the Home" line. */
    private static final int MESSAGE_FRAME = 4;
    private static final int SECTION_TEXT_MAX = 3000;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MMM d, yyyy", Locale.ENGLISH);

    /** The checklist as posted in its channel: who it is for, who shared it, the items, the progress. */
    public List<LayoutBlock> message(Checklist checklist) {
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(section(title(checklist)));
        if (checklist.archived()) {
            plainList(checklist).forEach(part -> blocks.add(section(part)));
        } else {
            // A message holds 50 blocks: past that, the first items, and the App Home shows them all.
            int fits = checklist.items().size() <= Mrkdwn.MAX_MESSAGE_BLOCKS - MESSAGE_FRAME + 1
                    ? checklist.items().size() : Mrkdwn.MAX_MESSAGE_BLOCKS - MESSAGE_FRAME;
            blocks.addAll(itemBlocks(checklist, fits));
            if (checklist.items().size() > fits) {
                blocks.add(context("and " + (checklist.items().size() - fits) + " more items: show all in my "
                        + "*App Home* (click my name, then *Home*)"));
            }
        }
        blocks.add(context(progressLine(checklist)));
        if (!checklist.archived()) {
            blocks.add(ActionsBlock.builder().blockId("checklist_manage:" + checklist.id()).elements(List.of(
                    ButtonElement.builder().actionId(ChecklistIds.ARCHIVE).value(String.valueOf(checklist.id()))
                            .text(plainText("Archive")).confirm(ConfirmationDialogObject.builder()
                                    .title(plainText("Archive this checklist?"))
                                    .text(plainText("It will stay in the channel but can no longer be ticked."))
                                    .confirm(plainText("Archive")).deny(plainText("Cancel")).build())
                            .build())).build());
        }
        return blocks;
    }

    /** The notification text of the message (shown where blocks are not). */
    public String fallbackText(Checklist checklist) {
        return "Checklist for " + ChecklistText.user(checklist.personId()) + ": " + checklist.progress().text();
    }

    public String title(Checklist checklist) {
        StringBuilder title = new StringBuilder();
        if (checklist.isPrivate()) {
            title.append("*My checklist*");
        } else {
            title.append("*Next-step checklist for ").append(ChecklistText.user(checklist.personId()))
                    .append("*\nShared by ").append(ChecklistText.user(checklist.managerId()));
        }
        checklist.dueDate().ifPresent(day -> title.append(checklist.isPrivate() ? "\n" : " · ")
                .append("due ").append(DAY.format(day)));
        return title.toString();
    }

    public String progressLine(Checklist checklist) {
        String line = "*" + checklist.progress().text() + "*";
        if (checklist.archived()) {
            line += " · archived";
        } else if (checklist.progress().complete()) {
            line += " · all done :tada:";
        }
        return line;
    }

    /**
     * The items, one section each: the item's whole text (escaped mrkdwn, up to 3000 characters, so nothing is cut)
     * with a one-option checkbox beside it. A section with a checkbox accessory reads the same on desktop and
     * mobile; a checkbox option's own text and description stop at 75 characters each, which cut long steps
     * mid-sentence. A ticked item names who ticked it.
     */
    public List<LayoutBlock> itemGroups(Checklist checklist) {
        return itemBlocks(checklist, checklist.items().size());
    }

    /** The first {@code max} items as {@link #itemGroups} renders them. */
    List<LayoutBlock> itemBlocks(Checklist checklist, int max) {
        List<LayoutBlock> blocks = new ArrayList<>();
        List<ChecklistItem> items = checklist.items();
        for (int index = 0; index < Math.min(max, items.size()); index++) {
            ChecklistItem item = items.get(index);
            OptionObject done = OptionObject.builder().value(item.id()).text(plainText(DONE)).build();
            String by = item.tick().map(t -> " · " + ChecklistText.user(t.userId())).orElse("");
            String escaped = ChecklistText.escape(item.text());
            String text = escaped.length() + by.length() <= SECTION_TEXT_MAX ? escaped + by
                    : ChecklistText.fitEscaped(item.text(), SECTION_TEXT_MAX - by.length()) + by;
            blocks.add(SectionBlock.builder().blockId(ChecklistIds.itemsBlock(checklist.id(), index))
                    .text(markdownText(text))
                    .accessory(CheckboxesElement.builder().actionId(ChecklistIds.TICK).options(List.of(done))
                            // Slack refuses an empty initial_options: leave it out instead.
                            .initialOptions(item.done() ? List.of(done) : null).build())
                    .build());
        }
        return blocks;
    }

    /** Every item whole, in as many sections of at most 3000 characters as that takes. */
    private static List<String> plainList(Checklist checklist) {
        StringBuilder list = new StringBuilder();
        for (ChecklistItem item : checklist.items()) {
            list.append(item.done() ? ":white_check_mark: " : ":white_large_square: ")
                    .append(ChecklistText.escape(item.text()))
                    .append(item.tick().map(t -> " · " + ChecklistText.user(t.userId())).orElse("")).append('\n');
        }
        return Mrkdwn.split(list.toString().stripTrailing(), SECTION_TEXT_MAX);
    }

    /** The ephemeral refusal for someone who may not tick: it names who may. */
    public String refusal(List<String> allowedUserIds) {
        List<String> names = allowedUserIds.stream().map(ChecklistText::user).toList();
        return "Only " + String.join(" or ", names) + " can update this checklist.";
    }

    public String archiveRefusal(List<String> allowedUserIds) {
        return "Only " + String.join(" or ", allowedUserIds.stream().map(ChecklistText::user).toList())
                + " can archive this checklist.";
    }

    /** {@code /career checklist}: the checklists for me and those I shared, with progress and links. */
    public List<LayoutBlock> overview(ChecklistOverview overview) {
        List<LayoutBlock> blocks = new ArrayList<>();
        if (overview.forMe().isEmpty() && overview.sharedByMe().isEmpty()) {
            blocks.add(section("You have no open checklists. A manager shares one with "
                    + "`/career checklist @person` in a channel."));
            return blocks;
        }
        addList(blocks, "*Checklists for you*", overview.forMe(), 20);
        addList(blocks, "*Checklists you shared*", overview.sharedByMe(), 20);
        return blocks;
    }

    /**
     * "What's left on my checklist?": each checklist for the person with its open items by name, not only counts
     * (at most {@code WHATS_LEFT_ITEMS} an item list, the rest counted), then the ones they shared, as one line each.
     */
    public List<LayoutBlock> whatsLeft(ChecklistOverview overview) {
        List<LayoutBlock> blocks = new ArrayList<>();
        List<Checklist> open = overview.forMe().stream().filter(c -> !c.openItems().isEmpty()).toList();
        if (open.isEmpty()) {
            blocks.add(section(!overview.forMe().isEmpty() ? "Nothing is left: every item on your checklists is done."
                    + " :tada:" : overview.sharedByMe().isEmpty() ? "You have no open checklists. A manager shares one"
                    + " with `/career checklist @person` in a channel." : "No checklist is shared with you."));
        }
        for (Checklist checklist : open.subList(0, Math.min(WHATS_LEFT_CHECKLISTS, open.size()))) {
            StringBuilder text = new StringBuilder(summaryLine(checklist));
            List<ChecklistItem> items = checklist.openItems();
            for (ChecklistItem item : items.subList(0, Math.min(WHATS_LEFT_ITEMS, items.size()))) {
                text.append("\n• ").append(ChecklistText.fitEscaped(item.text(), 200));
            }
            if (items.size() > WHATS_LEFT_ITEMS) {
                text.append("\n_and ").append(items.size() - WHATS_LEFT_ITEMS).append(" more_");
            }
            blocks.add(section(text.toString()));
        }
        if (open.size() > WHATS_LEFT_CHECKLISTS) {
            blocks.add(context("and " + (open.size() - WHATS_LEFT_CHECKLISTS) + " more checklists"));
        }
        addList(blocks, "*Checklists you shared*", overview.sharedByMe(), 10);
        return blocks;
    }

    private void addList(List<LayoutBlock> blocks, String heading, List<Checklist> checklists, int max) {
        if (checklists.isEmpty()) {
            return;
        }
        blocks.add(section(heading));
        for (Checklist checklist : checklists.subList(0, Math.min(max, checklists.size()))) {
            blocks.add(section(summaryLine(checklist)));
        }
        if (checklists.size() > max) {
            blocks.add(context("and " + (checklists.size() - max) + " more"));
        }
    }

    /** One line about a checklist: for whom, by whom, progress, and a link to its message when posted. */
    public String summaryLine(Checklist checklist) {
        String who = checklist.isPrivate() ? "Your own checklist"
                : "For " + ChecklistText.user(checklist.personId()) + ", shared by "
                + ChecklistText.user(checklist.managerId()) + " in <#" + checklist.channelId().orElseThrow() + ">";
        String line = who + " · " + checklist.progress().text();
        line += checklist.dueDate().map(d -> " · due " + DAY.format(d)).orElse("");
        line += checklist.permalink().map(link -> " · <" + link + "|open>").orElse("");
        return line;
    }

    /** {@code /career checklist history}: the audit log, newest first, each checklist by its number. */
    public List<LayoutBlock> history(List<AuditEntry> entries) {
        return history(entries, id -> Optional.empty());
    }

    /**
     * As above, each checklist {@code checklists} still finds named by whom it is for ("the checklist for @Ravi");
     * one that is gone keeps its number.
     */
    public List<LayoutBlock> history(List<AuditEntry> entries, Function<Long, Optional<Checklist>> checklists) {
        Map<Long, Optional<Checklist>> found = new HashMap<>();
        List<LayoutBlock> blocks = new ArrayList<>();
        if (entries.isEmpty()) {
            blocks.add(section("Nothing has happened on your checklists yet."));
            return blocks;
        }
        blocks.add(section("*Checklist history* (newest first)"));
        StringBuilder lines = new StringBuilder();
        for (AuditEntry entry : entries) {
            String line = historyLine(entry, found.computeIfAbsent(entry.checklistId(), checklists)) + "\n";
            if (lines.length() + line.length() > SECTION_TEXT_MAX) {
                blocks.add(section(lines.toString().stripTrailing()));
                lines.setLength(0);
            }
            lines.append(line);
        }
        blocks.add(section(lines.toString().stripTrailing()));
        return blocks;
    }

    String historyLine(AuditEntry entry) {
        return historyLine(entry, Optional.empty());
    }

    String historyLine(AuditEntry entry, Optional<Checklist> checklist) {
        String when = entry.at().atOffset(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("MMM d HH:mm 'UTC'",
                Locale.ENGLISH));
        Optional<String> named = checklist.map(c -> (c.isPrivate() ? "the private checklist of " : "the checklist for ")
                + ChecklistText.user(c.personId()));
        String it = named.orElse("#" + entry.checklistId());
        String theChecklist = named.orElse("checklist #" + entry.checklistId());
        String what = switch (entry.action()) {
            case SHARE -> "shared " + theChecklist;
            case CREATE_PRIVATE -> "saved " + named.orElse("private checklist #" + entry.checklistId());
            case TICK -> "ticked “" + ChecklistText.fitEscaped(entry.detail(), 80) + "” on " + it;
            case UNTICK -> "unticked “" + ChecklistText.fitEscaped(entry.detail(), 80) + "” on " + it;
            case ARCHIVE -> "archived " + theChecklist;
            case REMIND -> "sent the due-date reminder for " + it;
            case REMIND_FAILED -> "gave up the due-date reminder for " + it + " ("
                    + ChecklistText.fitEscaped(entry.detail(), 80) + ")";
            case FORGET -> "removed a member's data from " + it;
            case NUDGE -> "sent a gentle reminder about " + it;
        };
        String actor = entry.action() == AuditAction.REMIND || entry.action() == AuditAction.REMIND_FAILED
                || entry.action() == AuditAction.FORGET ? "Career Coach"
                : ChecklistText.user(entry.actorId());
        return when + " · " + actor + " " + what + place(entry.place());
    }

    private static String place(String place) {
        if (place.startsWith("D")) {
            return " in a DM";
        }
        if (place.startsWith("C") || place.startsWith("G")) {
            return " in <#" + place + ">";
        }
        return switch (place) {
            case Places.APP_HOME -> " in the App Home";
            case Places.DM -> " in a DM";
            default -> "";
        };
    }

    /** The bot could not post in the channel; the checklist is stored and can be posted again. */
    public List<LayoutBlock> notPosted(Checklist checklist, String slackError) {
        String why = switch (slackError) {
            case "not_in_channel" -> "I'm not a member of <#" + checklist.channelId().orElseThrow() + ">.";
            case "channel_not_found" -> "I can't see that channel (it may be private, and I'm not in it).";
            default -> "Slack refused the message (" + ChecklistText.escape(slackError) + ").";
        };
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(section(":warning: I saved the checklist for " + ChecklistText.user(checklist.personId())
                + " but couldn't post it: " + why + "\nTo fix it, invite me to the channel (type `/invite @Career "
                + "Coach` there, or mention me and choose *Invite*), then press *Post again*."));
        blocks.add(ActionsBlock.builder().blockId("checklist_repost:" + checklist.id()).elements(List.of(
                ButtonElement.builder().actionId(ChecklistIds.REPOST).value(String.valueOf(checklist.id()))
                        .text(plainText("Post again")).style("primary").build())).build());
        return blocks;
    }

    /** The due-date DM to the checklist's person: one message listing the open items. */
    public List<LayoutBlock> reminder(Checklist checklist) {
        return reminder(checklist, checklist.personId());
    }

    /** The due-date DM to {@code recipientId}: the person, or the manager once the person was forgotten. */
    public List<LayoutBlock> reminder(Checklist checklist, String recipientId) {
        List<LayoutBlock> blocks = new ArrayList<>();
        String from = checklist.isPrivate() ? "Your checklist"
                : !recipientId.equals(checklist.personId()) ? "The checklist you shared for "
                + ChecklistText.user(checklist.personId()) + " in <#" + checklist.channelId().orElseThrow() + ">"
                : "The checklist " + ChecklistText.user(checklist.managerId()) + " shared with you";
        blocks.add(section(":alarm_clock: " + from + " is due " + checklist.dueDate().map(DAY::format).orElse("today")
                + ". Still open (" + checklist.openItems().size() + " of " + checklist.items().size() + "):"));
        StringBuilder open = new StringBuilder();
        checklist.openItems().forEach(i -> open.append("• ").append(ChecklistText.escape(i.text())).append('\n'));
        Mrkdwn.split(open.toString().stripTrailing(), SECTION_TEXT_MAX).forEach(part -> blocks.add(section(part)));
        checklist.permalink().ifPresent(link -> blocks.add(context("<" + link + "|Open the checklist>")));
        return blocks;
    }

    public String reminderText(Checklist checklist) {
        return "Checklist due: " + checklist.openItems().size() + " open items";
    }

    static SectionBlock section(String mrkdwn) {
        return SectionBlock.builder().text(markdownText(fit(mrkdwn))).build();
    }

    static ContextBlock context(String mrkdwn) {
        return ContextBlock.builder().elements(List.of(markdownText(fit(mrkdwn)))).build();
    }

    private static String fit(String text) {
        return text.length() <= SECTION_TEXT_MAX ? text : text.substring(0, SECTION_TEXT_MAX - 1) + "…";
    }
}
