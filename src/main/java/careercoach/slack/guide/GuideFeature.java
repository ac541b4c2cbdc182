package careercoach.slack.guide;

import careercoach.guide.Guide;
import careercoach.guide.RoleFinder;
import careercoach.guide.Section;
import careercoach.guide.SectionIds;
import careercoach.slack.CareerCommands;
import careercoach.slack.CommandCall;
import careercoach.slack.HelpRenderer;
import careercoach.slack.Mrkdwn;
import careercoach.slack.NoGuideWording;
import careercoach.slack.Presses;
import careercoach.slack.ShareRefusals;
import careercoach.slack.SharedActions;
import careercoach.slack.SlackDeliveryException;
import careercoach.slack.SlackFeature;
import careercoach.slack.SlackSurface;
import careercoach.slack.Subcommand;
import careercoach.slack.TeamKey;
import careercoach.slack.IncomingMessage;
import careercoach.slack.MessagePhrase;
import careercoach.slack.TooLong;
import com.slack.api.app_backend.slash_commands.response.SlashCommandResponse;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.block.LayoutBlock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.header;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;
import static com.slack.api.model.block.element.BlockElements.externalSelect;

/**
 * The guide-reading part of {@code /career}: {@code help}, one subcommand per guide section, {@code role}, and the
 * buttons on a section (share in channel, show more, show a section).
 */
public final class GuideFeature implements SlackFeature {
    private static final Logger LOG = LoggerFactory.getLogger(GuideFeature.class);
    public static final String ROLE_ACTION = "career_role_choose";
    /** The typeahead select of {@code /career role}: options from {@code block_suggestion}, the choice as an action. */
    public static final String ROLE_SELECT_ACTION = "career_role_select";
    /** Up to this many guides, {@code /career role} also lists them with a button each. */
    static final int LISTED_GUIDES = 10;
    /** Subcommand name → the kind of section it shows ({@link Guide#sectionOfKind}). */
    public static final Map<String, String> SECTION_COMMANDS = sectionCommands();

    private final SectionRenderer sectionRenderer = new SectionRenderer();
    private final HelpRenderer helpRenderer = new HelpRenderer();
    private final SectionAcks sectionAcks = new SectionAcks();
    private final PathRenderer pathRenderer = new PathRenderer();

    private static Map<String, String> sectionCommands() {
        Map<String, String> commands = new LinkedHashMap<>();
        commands.put("skills", SectionIds.TOP_SKILLS);
        commands.put("responsibilities", SectionIds.KEY_RESPONSIBILITIES);
        commands.put("gaps", SectionIds.SKILL_GAPS);
        commands.put("steps", SectionIds.NEXT_STEPS);
        commands.put("path", SectionIds.CAREER_PROGRESSION);
        commands.put("salary", SectionIds.SALARY_AND_DEMAND);
        commands.put("companies", SectionIds.COMPANIES_HIRING);
        return commands;
    }

    @Override
    public void install(SlackSurface surface) {
        // "Set my role to X" in the DM, X a role with a guide: chosen as /career role X chooses it; X a name several
        // guides answer to: those guides offered, as /career role X offers them, none chosen. Anything else
        // ("my role is X, what should I learn?") stays a question.
        surface.messages().register(new MessagePhrase("choose my role",
                message -> message.isDirect() && (roleNamed(surface, message.text()).isPresent()
                        || !sharedNameNamed(surface, message.text()).isEmpty()),
                (message, ctx) -> chooseInDm(surface, message, ctx.client())));
        HomeRenderer home = new HomeRenderer();
        surface.home().add((teamId, userId, room) -> {
            Guide guide = surface.guides().guideFor(teamId, userId);
            return home.homePart(guide, surface.guides().roles().nextRoles(guide),
                    surface.guides().chosenGuideGone(teamId, userId).isPresent());
        });
        CareerCommands commands = surface.commands();
        commands.register(new Subcommand(CareerCommands.HELP, "help", "this list", call -> {
            List<LayoutBlock> blocks = new ArrayList<>(helpRenderer.render(call.guide(), call.teamId(), call.userId(),
                    commands.subcommands(), call.args()));
            SharedActions.startButtons(call.guide()).ifPresent(blocks::add);
            return call.context().ack(r -> r.responseType("ephemeral").text("What I can do").blocks(blocks));
        }));
        SECTION_COMMANDS.forEach((name, kind) -> commands.register(new Subcommand(name, name,
                guide -> guide.sectionOfKind(kind).map(Section::title).orElse(kind.replace('-', ' ')),
                guide -> guide.sectionOfKind(kind).isPresent(), call -> showSection(surface, call, kind))));
        commands.register(new Subcommand("role", "role [guide]", "choose the role guide you read from",
                call -> chooseRole(surface, call)));

        surface.app().blockAction(SectionRenderer.SHARE_ACTION, (req, ctx) -> {
            surface.executor().execute(() -> share(surface, req, ctx));
            return ctx.ack();
        });
        surface.app().blockAction(SectionRenderer.MORE_ACTION, (req, ctx) -> {
            String[] ref = SharedActions.parts(req);
            int from = ref.length > 2 ? parseOrZero(ref[2]) : 0;
            respondWithSection(surface, req, ctx, ref, from);
            return ctx.ack();
        });
        surface.app().blockAction(Pattern.compile(Pattern.quote(SectionRenderer.SHOW_ACTION) + "(_[\\w-]+)?"),
                (req, ctx) -> {
                    respondWithSection(surface, req, ctx, SharedActions.parts(req), 0);
                    return ctx.ack();
                });
        surface.app().blockAction(ROLE_ACTION, (req, ctx) -> chooseClicked(surface, req, ctx,
                SharedActions.value(req)));
        surface.app().blockAction(ROLE_SELECT_ACTION, (req, ctx) -> {
            var action = req.getPayload().getActions().get(0);
            String value = action.getSelectedOption() == null ? "" : action.getSelectedOption().getValue();
            return chooseClicked(surface, req, ctx, value == null ? "" : value);
        });
        surface.app().blockSuggestion(ROLE_SELECT_ACTION, (req, ctx) -> {
            String typed = req.getPayload().getValue();
            return ctx.ack(r -> r.options(RolePicker.options(surface.guides().library().guides(),
                    typed == null ? "" : Mrkdwn.truncate(typed, 200), surface.guides().roles())));
        });
    }

    /** A guide chosen with a button or the typeahead: saved as the person's guide, said in place of the picker. */
    private Response chooseClicked(SlackSurface surface, BlockActionRequest req, ActionContext ctx, String guideId) {
        String teamId = TeamKey.of(ctx, req.getPayload());
        String userId = req.getPayload().getUser().getId();
        Optional<Guide> guide = surface.guides().library().find(guideId);
        guide.ifPresent(g -> surface.guides().choices().choose(teamId, userId, g.id()));
        String text = guide.map(g -> "Your guide is now *" + Mrkdwn.escape(g.title()) + "*.")
                .orElse("That guide is no longer available.");
        if (req.getPayload().getResponseUrl() != null) {
            surface.executor().execute(() -> surface.webApi().respond("role chosen", () -> ctx.respond(r -> r
                    .responseType("ephemeral").replaceOriginal(true).text(text))));
        }
        return ctx.ack();
    }

    private Response showSection(SlackSurface surface, CommandCall call, String kind) {
        Optional<Section> section = call.guide().sectionOfKind(kind);
        if (section.isEmpty()) {
            return call.context().ack(r -> r.responseType("ephemeral").text("*" + Mrkdwn.escape(call.guide().title())
                    + "* has no such section (no section about " + kind.replace('-', ' ') + ")."));
        }
        Guide guide = call.guide();
        Optional<String> gone = surface.guides().chosenGuideGone(call.teamId(), call.userId());
        if (gone.isPresent()) {
            // From the default in place of the guide they chose: said, as the App Home says it, under the source.
            SlashCommandResponse response = renderSection(surface, guide, section.get());
            List<LayoutBlock> blocks = new ArrayList<>(response.getBlocks());
            if (blocks.size() < Mrkdwn.MAX_MESSAGE_BLOCKS) {
                blocks.add(Math.min(2, blocks.size()), context(c -> c.elements(List.of(markdownText(
                        "The guide you chose, `" + Mrkdwn.escape(Mrkdwn.truncate(gone.get(), 100)) + "`, is no longer"
                                + " served, so this is from the default guide. Choose again with `/career role`.")))));
            }
            response.setBlocks(blocks);
            return call.context().ack(response);
        }
        if (section.get().is(SectionIds.CAREER_PROGRESSION)) {
            // The path's buttons depend on the other guides too, so it is not kept with this guide's answers.
            return call.context().ack(renderSection(surface, guide, section.get()));
        }
        return sectionAcks.ack(guide, section.get().id(), () -> renderSection(surface, guide, section.get()));
    }

    private SlashCommandResponse renderSection(SlackSurface surface, Guide guide, Section section) {
        List<LayoutBlock> blocks = new ArrayList<>(sectionRenderer.render(guide, section, 0, Optional.empty()));
        if (section.is(SectionIds.NEXT_STEPS) && blocks.size() < Mrkdwn.MAX_MESSAGE_BLOCKS) {
            SharedActions.walkButton(guide).ifPresent(blocks::add);
        }
        if (section.is(SectionIds.CAREER_PROGRESSION) && blocks.size() < Mrkdwn.MAX_MESSAGE_BLOCKS) {
            pathRenderer.guideButtons(guide, surface.guides().roles().nextRoles(guide)).ifPresent(blocks::add);
        }
        return SlashCommandResponse.builder().responseType("ephemeral")
                .text(sectionRenderer.fallbackText(guide, section)).blocks(blocks).build();
    }

    /** "Set my role to X", "change my role to X", "my role is X": the role named, when a guide is X. */
    private static final Pattern CHOOSE_IN_DM = Pattern.compile("(?i)\\s*(?:please\\s+)?(?:(?:set|change|switch|update)"
            + " my (?:role|guide|job) to|my (?:role|job title) is(?: now)?)\\s+(?:an?\\s+|the\\s+)?(.+?)[\\s.!]*");

    private static Optional<Guide> roleNamed(SlackSurface surface, String text) {
        return typedRole(text).flatMap(role -> surface.guides().lookup(role));
    }

    /** The role typed in "set my role to X", when the message says nothing more. */
    private static Optional<String> typedRole(String text) {
        java.util.regex.Matcher named = CHOOSE_IN_DM.matcher(text);
        if (!named.matches() || TooLong.asRole(named.group(1)) || named.group(1).matches(".*[,;?].*")) {
            return Optional.empty();
        }
        return Optional.of(named.group(1));
    }

    /** The guides the role typed in "set my role to X" may mean, when X is a name several answer to; else none. */
    private static List<Guide> sharedNameNamed(SlackSurface surface, String text) {
        return typedRole(text).filter(role -> surface.guides().lookup(role).isEmpty())
                .map(role -> surface.guides().roles().find(role))
                .filter(found -> found.guide().isEmpty() && !found.roleWithNoGuide())
                .map(RoleFinder.Found::sharing).orElse(List.of());
    }

    private void chooseInDm(SlackSurface surface, IncomingMessage message,
                            com.slack.api.methods.MethodsClient client) {
        Optional<Guide> chosen = roleNamed(surface, message.text());
        if (chosen.isEmpty()) {
            offerInDm(surface, message, client);
            return;
        }
        surface.guides().choices().choose(message.teamId(), message.userId(), chosen.get().id());
        String text = "Your guide is now *" + Mrkdwn.escape(chosen.get().title()) + "*.";
        surface.executor().execute(() -> {
            try {
                surface.webApi().call("chat.postMessage", () -> client.chatPostMessage(r -> r
                        .channel(message.channelId()).threadTs(message.replyThread()).text(text)));
            } catch (SlackDeliveryException e) {
                LOG.warn("could not say which role was chosen: {}", e.error());
            }
        });
    }

    /**
     * "Set my role to X", X a name several guides answer to: the guides it may mean, each with a Choose button as
     * {@code /career role X} offers them; nothing is chosen until one is pressed.
     */
    private void offerInDm(SlackSurface surface, IncomingMessage message,
                           com.slack.api.methods.MethodsClient client) {
        String typed = typedRole(message.text()).orElse("");
        List<Guide> sharing = sharedNameNamed(surface, message.text());
        if (sharing.isEmpty()) {
            return;
        }
        String line = NoGuideWording.line(typed, surface.guides().roles().find(typed), true, "");
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(section(s -> s.text(markdownText(line))));
        for (Guide guide : sharing) {
            blocks.add(section(s -> s.text(markdownText("*" + Mrkdwn.escape(guide.title()) + "*"))
                    .accessory(button(b -> b.actionId(ROLE_ACTION).text(plainText("Choose")).value(guide.id())))));
        }
        surface.executor().execute(() -> {
            try {
                surface.webApi().call("chat.postMessage", () -> client.chatPostMessage(r -> r
                        .channel(message.channelId()).threadTs(message.replyThread()).text("Choose your role guide")
                        .blocks(blocks)));
            } catch (SlackDeliveryException e) {
                LOG.warn("could not offer the guides a role name may mean: {}", e.error());
            }
        });
    }

    private Response chooseRole(SlackSurface surface, CommandCall call) {
        if (call.argsNameAPerson()) {
            // As compare and check answer it: a person is no role, and their mention is not echoed.
            return call.context().ack(r -> r.responseType("ephemeral").text("`/career role` is for roles, not people:"
                    + " `/career role <role>` chooses the role guide you read from. To share next steps with someone,"
                    + " use `/career checklist @person` in a channel you share."));
        }
        if (TooLong.asRole(call.args())) {
            return call.context().ack(r -> r.responseType("ephemeral").text(TooLong.role(call.args())));
        }
        if (!call.args().isBlank()) {
            Optional<Guide> chosen = surface.guides().lookup(call.args());
            if (chosen.isPresent()) {
                surface.guides().choices().choose(call.teamId(), call.userId(), chosen.get().id());
                return call.context().ack(r -> r.responseType("ephemeral")
                        .text("Your guide is now *" + Mrkdwn.escape(chosen.get().title()) + "*."));
            }
        }
        List<Guide> guides = surface.guides().library().guides();
        Optional<Guide> chosen = surface.guides().chosenGuide(call.teamId(), call.userId());
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(header(h -> h.text(plainText("Choose your role guide", true))));
        // A role by itself that no guide has ("ciso") is said so, as a question says it, with the roles closest to
        // it. Past the listed few, only the typeahead shows the guides: a name that found none offers the closest.
        Optional<RoleFinder.Found> found = call.args().isBlank() ? Optional.empty()
                : Optional.of(surface.guides().roles().find(call.args()));
        boolean roleWithNoGuide = found.map(RoleFinder.Found::roleWithNoGuide).orElse(false);
        // The closest are those the role finder gives with what it found: the guides a name several share, first.
        List<Guide> closest = found.isEmpty() || guides.size() <= LISTED_GUIDES && !roleWithNoGuide ? List.of()
                : found.get().closest().stream().filter(g -> !g.id().equals(call.guide().id())).toList();
        if (!call.args().isBlank()) {
            String line = NoGuideWording.line(call.args(), found.get(), !closest.isEmpty(), "");
            blocks.add(section(s -> s.text(markdownText(line))));
        }
        for (Guide guide : closest) {
            blocks.add(section(s -> s.text(markdownText("*" + Mrkdwn.escape(guide.title()) + "*"))
                    .accessory(button(b -> b.actionId(ROLE_ACTION).text(plainText("Choose")).value(guide.id())))));
        }
        Optional<String> gone = chosen.isPresent() ? Optional.empty()
                : surface.guides().chosenGuideGone(call.teamId(), call.userId());
        String current = gone.map(id -> "The guide you chose, `" + Mrkdwn.escape(Mrkdwn.truncate(id, 100))
                        + "`, is no longer served.\n").orElse("")
                + "Your guide: *" + Mrkdwn.escape(call.guide().title()) + "*"
                + (chosen.isPresent() ? "" : gone.isPresent() ? " (the default)"
                        : " (the default; you have not chosen one)")
                + ".\nType part of a role"
                + " to find its guide among " + guides.size() + (guides.size() == 1 ? " guide." : " guides.");
        blocks.add(section(s -> s.blockId("career_role_picker").text(markdownText(current))
                .accessory(externalSelect(e -> {
                    e.actionId(ROLE_SELECT_ACTION).minQueryLength(0).placeholder(plainText("Type a role"));
                    RolePicker.initial(chosen).ifPresent(e::initialOption);
                    return e;
                }))));
        if (guides.size() <= LISTED_GUIDES) {
            for (Guide guide : guides) {
                boolean isCurrent = guide.id().equals(call.guide().id());
                blocks.add(section(s -> s.text(markdownText("*" + Mrkdwn.escape(guide.title()) + "*"
                        + (isCurrent ? " (your guide)" : "")))));
                if (!isCurrent) {
                    blocks.add(actions(a -> a.elements(List.of(button(b -> b.actionId(ROLE_ACTION)
                            .text(plainText("Choose")).value(guide.id()))))));
                }
            }
        }
        return call.context().ack(r -> r.responseType("ephemeral").text("Choose your role guide").blocks(blocks));
    }

    /** Posts the section visibly in the channel, as shared by the user who clicked. */
    private void share(SlackSurface surface, BlockActionRequest req, ActionContext ctx) {
        String[] ref = SharedActions.parts(req);
        String userId = req.getPayload().getUser().getId();
        Optional<Guide> guide = surface.guides().library().find(ref[0]);
        Optional<Section> section = guide.flatMap(g -> ref.length > 1 ? g.section(ref[1]) : Optional.empty());
        if (section.isEmpty() || req.getPayload().getChannel() == null) {
            respondQuietly(surface, ctx, "That section is no longer available.");
            return;
        }
        String press = Presses.key(TeamKey.of(ctx, req.getPayload()), req.getPayload());
        if (!Presses.first(surface, press)) {
            respondQuietly(surface, ctx, "You shared this here already.");
            return;
        }
        String channel = req.getPayload().getChannel().getId();
        List<LayoutBlock> blocks = sectionRenderer.render(guide.get(), section.get(), 0, Optional.of(userId));
        try {
            surface.webApi().call("chat.postMessage", () -> ctx.client().chatPostMessage(r -> r.channel(channel)
                    .text(sectionRenderer.fallbackText(guide.get(), section.get())).blocks(blocks)));
            Presses.settle(surface, press, true);
        } catch (SlackDeliveryException e) {
            // After a timeout Slack may have posted it: pressing again must not post it twice.
            Presses.settle(surface, press, "timeout_not_retried".equals(e.error()));
            LOG.warn("sharing in a channel failed: {}", e.error());
            respondQuietly(surface, ctx, ShareRefusals.of(e));
        }
    }

    /**
     * Shows a section (from its part {@code from}) below the message clicked, or by DM from the App Home: a double
     * click, or the click delivered again, shows it once ({@link Presses#firstWithinWindow}).
     */
    private void respondWithSection(SlackSurface surface, BlockActionRequest req, ActionContext ctx, String[] ref,
                                    int from) {
        if (!Presses.firstWithinWindow(surface, TeamKey.of(ctx, req.getPayload()), req.getPayload())) {
            return;
        }
        Optional<Guide> guide = surface.guides().library().find(ref[0]);
        Optional<Section> section = guide.flatMap(g -> ref.length > 1 ? g.section(ref[1]) : Optional.empty());
        if (section.isEmpty()) {
            respondQuietly(surface, ctx, "That section is no longer available.");
            return;
        }
        List<LayoutBlock> blocks = sectionRenderer.render(guide.get(), section.get(), from, Optional.empty());
        String text = sectionRenderer.fallbackText(guide.get(), section.get());
        if (req.getPayload().getResponseUrl() != null) {
            surface.executor().execute(() -> surface.webApi().respond("section", () -> ctx.respond(r -> r
                    .responseType("ephemeral").replaceOriginal(false).text(text).blocks(blocks))));
        } else {
            // From the App Home there is no response_url: answer in the user's DM with the bot.
            String userId = req.getPayload().getUser().getId();
            surface.executor().execute(() -> {
                try {
                    surface.webApi().call("chat.postMessage", () -> ctx.client().chatPostMessage(r -> r
                            .channel(userId).text(text).blocks(blocks)));
                } catch (SlackDeliveryException e) {
                    LOG.warn("could not send a section to a DM: {}", e.error());
                }
            });
        }
    }

    private static void respondQuietly(SlackSurface surface, ActionContext ctx, String text) {
        surface.executor().execute(() -> surface.webApi().respond("note", () -> ctx.respond(r -> r
                .responseType("ephemeral").replaceOriginal(false).text(text))));
    }

    private static int parseOrZero(String number) {
        try {
            return Math.max(0, Integer.parseInt(number));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
