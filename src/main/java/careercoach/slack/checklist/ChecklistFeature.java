package careercoach.slack.checklist;

import careercoach.checklist.Checklist;
import careercoach.checklist.ChecklistArchivedException;
import careercoach.checklist.ChecklistItem;
import careercoach.checklist.ChecklistNotFoundException;
import careercoach.checklist.ChecklistReminders;
import careercoach.checklist.ChecklistRepository;
import careercoach.checklist.ChecklistService;
import careercoach.checklist.NewChecklist;
import careercoach.checklist.NewItem;
import careercoach.checklist.NotAllowedException;
import careercoach.checklist.Places;
import careercoach.checklist.PrivateSave;
import careercoach.checklist.ReminderScheduler;
import careercoach.checklist.SharedPlans;
import careercoach.checklist.TeamMember;
import careercoach.checklist.TeamPlans;
import careercoach.checklist.TeamView;
import careercoach.checklist.WeeklyDigests;
import careercoach.failure.MalformedPayloadException;
import careercoach.guide.Guide;
import careercoach.guide.GuideLibrary;
import careercoach.guide.Item;
import careercoach.guide.SectionIds;
import careercoach.privacy.PersonalCache;
import careercoach.slack.ChannelMembers;
import careercoach.slack.CommandCall;
import careercoach.slack.IncomingMessage;
import careercoach.slack.MessagePhrase;
import careercoach.slack.Presses;
import careercoach.slack.SlackDeliveryException;
import careercoach.slack.SlackFeature;
import careercoach.slack.SlackSurface;
import careercoach.slack.Subcommand;
import careercoach.slack.TeamKey;
import careercoach.slack.UserTimeZones;
import careercoach.workflow.ChecklistSharing;
import careercoach.workflow.StepFailedException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.context.builtin.EventContext;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.util.Responder;
import com.slack.api.methods.MethodsClient;
import com.slack.api.model.block.ActionsBlock;
import com.slack.api.model.block.LayoutBlock;
import careercoach.slack.Mrkdwn;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.composition.OptionObject;
import com.slack.api.model.block.element.CheckboxesElement;
import com.slack.api.model.view.View;
import com.slack.api.model.view.ViewState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;

/**
 * {@code /career checklist}: share a checklist in a channel through a modal, tick it in the channel or the App
 * Home, archive it, list mine, show the history; the checklists' part of the App Home; and the due-date reminders,
 * sent on a schedule by {@link ReminderDm}. Every change is stored before Slack is told about it.
 */
public final class ChecklistFeature implements SlackFeature, ChecklistSharing {
    private static final Logger LOG = LoggerFactory.getLogger(ChecklistFeature.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    /** UTC−12: where a calendar day starts last, so no date still "today" anywhere is before today here. */
    private static final ZoneId LAST_ZONE_TO_START_A_DAY = ZoneOffset.ofHours(-12);
    private static final Pattern MENTION = Pattern.compile("<@([UW][A-Z0-9]+)(?:\\|[^>]*)?>");

    /** Slack accepts a trigger_id for 3 seconds; retries of views.open must start well within that. */
    private static final Duration TRIGGER_LIFETIME = Duration.ofMillis(2500);
    /** The share form's submission is answered within 3 seconds: the channel's members are asked for 2 at most. */
    private static final Duration MEMBERS_LIFETIME = Duration.ofSeconds(2);

    /** "this channel's checklist", "the checklist of/in/for this channel", "checklist here". */
    static final Pattern THIS_CHANNEL = Pattern.compile(
            "(?i)\\b(this channel['’]?s checklists?|checklists? (in|for|of|from) this channel|checklists? here)\\b");

    /** "This channel's checklist" written in the DM, which is no channel. */
    static final String NO_CHANNEL_IN_DM = "This is our direct message, not a channel: in the channel, mention me with"
            + " _this channel's checklist_, or use `/career checklist` to list all of yours.";

    /** The checklists of a channel listed in answer to a mention there; the rest are counted. */
    private static final int MENTIONED_CHECKLISTS = 10;

    static final Pattern MY_CHECKLIST = Pattern.compile(
            "(?i)\\s*(what['’]?s|what is) (left|open) on my checklists?[.!?]*\\s*");

    /** Said to someone who asks in a channel how their team, or their own checklist, is doing. */
    static final String PRIVATE_ONLY = "I answer that only to you: send it to me as a direct message, or open my App"
            + " Home, where your team and your checklists are.";

    private final ChecklistService service;
    private final SharedPlans plans;
    private final TeamPlans teamPlans;
    private final ChecklistRepository repository;
    private final Clock clock;
    private final boolean remindOnSchedule;
    private final ChecklistRenderer renderer = new ChecklistRenderer();
    private final ChecklistModalRenderer modals = new ChecklistModalRenderer();
    private final ChecklistHomeRenderer homeRenderer = new ChecklistHomeRenderer();
    private final TeamViewRenderer teamRenderer = new TeamViewRenderer();
    private final TeamView team;
    /** The team view's page each manager looks at (a view state: kept by this instance only, 0 when unknown). */
    private final TeamViewPages teamPages = new TeamViewPages();
    private ChecklistMessages messages;
    private UserTimeZones timeZones;
    private ChecklistReminders reminders;
    private WeeklyDigests digests;
    private ReminderScheduler schedule;
    private SlackSurface surface;

    /**
     * What the modal carries from the command to its submission: where to post, and the guide whose next steps it
     * offers (absent in forms opened before it was carried: the manager's guide then).
     */
    record ShareContext(String channel, String responseUrl, String guide) {
    }

    /**
     * @param repository       the checklists, read by the due-date reminders
     * @param remindOnSchedule whether the reminders due are sent every {@link ReminderScheduler#PERIOD} while the app
     *                         runs (else only by {@link #sendDueReminders})
     */
    public ChecklistFeature(ChecklistService service, SharedPlans plans, ChecklistRepository repository, Clock clock,
                            boolean remindOnSchedule) {
        this(service, plans, TeamPlans.NONE, repository, clock, remindOnSchedule);
    }

    /** @param teamPlans the plans people shared with a manager, for the manager's team view */
    public ChecklistFeature(ChecklistService service, SharedPlans plans, TeamPlans teamPlans,
                            ChecklistRepository repository, Clock clock, boolean remindOnSchedule) {
        // With one guide every row would name the same role: the role is named only where there is a choice.
        this.team = new TeamView(repository, teamPlans, clock, guideId -> {
            GuideLibrary library = surface.guides().library();
            return library.guides().size() < 2 ? Optional.empty() : library.find(guideId).map(Guide::title);
        }, (teamId, personId) -> surface.guides().chosenGuide(teamId, personId).map(Guide::id));
        this.service = service;
        this.plans = plans;
        this.teamPlans = teamPlans;
        this.repository = repository;
        this.clock = clock;
        this.remindOnSchedule = remindOnSchedule;
    }

    @Override
    public void install(SlackSurface surface) {
        this.surface = surface;
        // A manager's team comes first, above their own checklists.
        surface.home().add((teamId, userId, room) -> {
            List<LayoutBlock> blocks = new ArrayList<>(teamRenderer.blocks(
                    team.team(teamId, userId, timeZones::zoneOf, timeZones::gone),
                    teamPages.pageOf(teamId, userId), repository.digestEnabled(teamId, userId),
                    clock.instant()));
            blocks.addAll(homeRenderer.blocks(service.overview(teamId, userId), room - blocks.size()));
            return blocks;
        });
        // In an assistant thread, "this channel's checklist" is the one shared in the channel viewed beside it.
        surface.messages().register(new MessagePhrase("this channel's checklist",
                message -> message.isAssistant() && THIS_CHANNEL.matcher(message.text()).find(),
                (message, ctx) -> surface.executor().execute(() -> thisChannelsChecklist(surface, ctx, message))));
        // Mentioned in a channel, "this channel's checklist" is one shared in that channel: said in the mention's
        // thread, each a line linked to its message (already in the channel for all to see), never a second copy.
        surface.messages().register(new MessagePhrase("this channel's checklist, in a channel",
                message -> message.isMention() && THIS_CHANNEL.matcher(message.text()).find(),
                (message, ctx) -> surface.executor().execute(() -> mentionedChannelsChecklist(surface, ctx, message))));
        // In the DM itself there is no channel to read: said where to ask, instead of answered as a career question.
        surface.messages().register(new MessagePhrase("this channel's checklist, in the DM",
                message -> message.isDirect() && !message.isAssistant() && THIS_CHANNEL.matcher(message.text()).find(),
                (message, ctx) -> surface.executor().execute(() -> post(surface, ctx, message, NO_CHANNEL_IN_DM,
                        null))));
        // "What's left on my checklist?" in the DM or an assistant thread: the person's checklists, as the command.
        surface.messages().register(new MessagePhrase("what's left on my checklist",
                message -> message.isDirect() && MY_CHECKLIST.matcher(message.text()).matches(),
                (message, ctx) -> surface.executor().execute(() -> post(surface, ctx, message, "What's left on your checklists",
                        renderer.whatsLeft(service.overview(message.teamId(), message.userId()))))));
        // "How is my team doing?" in the DM or an assistant thread: the team view, summed up.
        surface.messages().register(new MessagePhrase("how is my team doing",
                message -> message.isDirect() && TeamQuestion.asks(message.text()),
                (message, ctx) -> surface.executor().execute(() -> {
                    List<TeamMember> members = team.team(message.teamId(), message.userId(), timeZones::zoneOf,
                            timeZones::gone);
                    post(surface, ctx, message, teamRenderer.summaryText(members), teamRenderer.summary(members));
                })));
        // The same questions as a mention in a channel: answered to the asker alone, with where to ask. What the team
        // shared with a manager is never summed up where others read, and a guide's answer would not be one.
        surface.messages().register(new MessagePhrase("how is my team doing, in a channel",
                message -> message.isMention() && (TeamQuestion.asks(message.text())
                        || MY_CHECKLIST.matcher(message.text()).matches()),
                (message, ctx) -> surface.executor().execute(() -> {
                    try {
                        surface.webApi().call("chat.postEphemeral", () -> ctx.client().chatPostEphemeral(r -> r
                                .channel(message.channelId()).user(message.userId()).threadTs(message.threadTs())
                                .text(PRIVATE_ONLY)));
                    } catch (SlackDeliveryException e) {
                        LOG.warn("could not answer a team question asked in a channel: {}", e.error());
                    }
                })));
        messages = new ChecklistMessages(service, renderer, surface.home(), surface.webApi(), surface.clients());
        timeZones = new UserTimeZones(surface.webApi(), surface.clients(), clock);
        reminders = new ChecklistReminders(repository,
                new ReminderDm(renderer, surface.webApi(), surface.clients()), timeZones::zoneOf, clock);
        digests = new WeeklyDigests(repository, team, new DigestDm(teamRenderer, surface.webApi(), surface.clients()),
                timeZones::zoneOf, timeZones::gone, clock);
        surface.commands().register(new Subcommand("checklist", "checklist [@person | history | save]",
                "share a next-step checklist for someone here; alone: your checklists; save: your plan as one",
                call -> command(call, surface)));
        surface.app().viewSubmission(ChecklistIds.SHARE_VIEW, (req, ctx) -> {
            var payload = req.getPayload();
            String teamId = required(TeamKey.of(ctx, payload), "team");
            String managerId = required(payload.getUser(), "user").getId();
            View view = required(payload.getView(), "view");
            ShareContext share = required(JSON.readValue(view.getPrivateMetadata(), ShareContext.class),
                    "view.private_metadata");
            Map<String, Map<String, ViewState.Value>> values = required(required(view.getState(), "view.state")
                    .getValues(), "view.state.values");
            String personId = Optional.ofNullable(values.get(ChecklistIds.PERSON_BLOCK))
                    .map(block -> block.get(ChecklistIds.PERSON_ACTION)).map(ViewState.Value::getSelectedUser)
                    .orElse(null);
            if (teamId == null || managerId == null) {
                throw new IllegalArgumentException("a checklist modal submitted without team or user id");
            }
            if (personId == null) {
                return ctx.ackWithErrors(Map.of(ChecklistIds.PERSON_BLOCK, "Pick a person."));
            }
            if (personId.equals(ctx.getBotUserId())) {
                return ctx.ackWithErrors(Map.of(ChecklistIds.PERSON_BLOCK, "Pick a person: that is me, the coach."));
            }
            List<NewItem> items;
            Guide offered = Optional.ofNullable(share.guide()).flatMap(surface.guides().library()::find)
                    .orElseGet(() -> surface.guides().guideFor(teamId, managerId));
            try {
                items = pickedItems(values, offered, plans.planVisibleTo(teamId, personId, managerId));
            } catch (IllegalArgumentException refused) {
                // NewItem says why in words meant for the person: no visible text, or too long.
                return ctx.ackWithErrors(Map.of(ChecklistIds.CUSTOM_BLOCK, refused.getMessage()));
            }
            Optional<LocalDate> due = Optional.ofNullable(values.get(ChecklistIds.DUE_BLOCK))
                    .map(v -> v.get(ChecklistIds.DUE_ACTION)).map(ViewState.Value::getSelectedDate)
                    .map(LocalDate::parse);
            if (items.isEmpty()) {
                return ctx.ackWithErrors(Map.of(ChecklistIds.CUSTOM_BLOCK, "Pick at least one item, or write one."));
            }
            if (items.size() > NewChecklist.MAX_ITEMS) {
                return ctx.ackWithErrors(Map.of(ChecklistIds.CUSTOM_BLOCK,
                        "A checklist holds at most " + NewChecklist.MAX_ITEMS + " items."));
            }
            // "Today" is the manager's day: in California at 16:00 it is already tomorrow in UTC. The ack never waits
            // on users.info: the zone looked up when the form opened, else the last zone on Earth to start a day
            // (a date no zone has passed yet is not refused).
            ZoneId managerZone = timeZones.cached(teamId, managerId).orElse(LAST_ZONE_TO_START_A_DAY);
            if (due.isPresent() && due.get().isBefore(clock.instant().atZone(managerZone).toLocalDate())) {
                return ctx.ackWithErrors(Map.of(ChecklistIds.DUE_BLOCK, "Pick today or a later day."));
            }
            Optional<String> outside = notInChannel(surface, ctx.client(), share.channel(), personId);
            if (outside.isPresent()) {
                return ctx.ackWithErrors(Map.of(ChecklistIds.PERSON_BLOCK, outside.get()));
            }
            Checklist stored = service.share(teamId, share.channel(), personId, managerId, items, due,
                    madeFor(teamId, personId, managerId, offered));
            surface.executor().execute(() -> postNew(stored, share, surface));
            return ctx.ack();
        });
        surface.app().blockAction(ChecklistIds.PERSON_ACTION, (req, ctx) -> personPicked(req, ctx, surface));
        surface.app().blockAction(ChecklistIds.TICK, (req, ctx) -> tick(req, ctx, surface));
        surface.app().blockAction(ChecklistIds.ARCHIVE, (req, ctx) -> archive(req, ctx, surface));
        surface.app().blockAction(ChecklistIds.REPOST, (req, ctx) -> repost(req, ctx, surface));
        // A URL button still sends an action; Slack wants it acknowledged.
        surface.app().blockAction(ChecklistIds.OPEN, (req, ctx) -> ctx.ack());
        surface.app().blockAction(ChecklistIds.TEAM_OPEN, (req, ctx) -> ctx.ack());
        surface.app().blockAction(ChecklistIds.TEAM_REMIND, (req, ctx) -> remind(req, ctx, surface));
        surface.app().blockAction(Pattern.compile(Pattern.quote(ChecklistIds.TEAM_PAGE) + "_.*"), (req, ctx) -> {
            var payload = req.getPayload();
            String teamId = TeamKey.of(ctx, payload);
            String userId = payload.getUser().getId();
            teamPages.turnTo(teamId, userId, Integer.parseInt(payload.getActions().get(0).getValue()));
            surface.executor().execute(() -> surface.home().publish(teamId, userId));
            return ctx.ack();
        });
        surface.app().blockAction(ChecklistIds.DIGEST_TOGGLE, (req, ctx) -> {
            var payload = req.getPayload();
            String teamId = TeamKey.of(ctx, payload);
            String userId = payload.getUser().getId();
            repository.setDigest(teamId, userId, "on".equals(payload.getActions().get(0).getValue()));
            surface.executor().execute(() -> surface.home().publish(teamId, userId));
            return ctx.ack();
        });
        surface.commands().register(new Subcommand("digest", "digest on|off",
                "a weekly digest of your team's checklists, Mondays 09:00 (for managers)",
                call -> digestCommand(call, surface)));
    }

    @Override
    public List<PersonalCache> personalCaches() {
        return timeZones == null ? List.of(teamPages) : List.of(timeZones, teamPages);
    }

    @Override
    public void start() {
        if (remindOnSchedule) {
            schedule = new ReminderScheduler(List.of(reminders::sendDue, digests::sendDue), ReminderScheduler.PERIOD);
            schedule.start();
        }
    }

    /**
     * Sends the reminders that are due now, as the schedule does every few minutes; returns how many were sent. The
     * claim in the store makes a run alongside the schedule's (or another instance's) send each one once.
     */
    public int sendDueReminders() {
        return reminders.sendDue();
    }

    /** Sends the weekly digests that are due now, as the schedule does; returns how many were sent. */
    public int sendDueDigests() {
        return digests.sendDue();
    }

    @Override
    public void close() {
        if (schedule != null) {
            try {
                schedule.close();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private Response command(CommandCall call, SlackSurface surface) throws IOException {
        String args = call.args().strip();
        if (args.isEmpty()) {
            return call.context().ack(r -> r.responseType("ephemeral").text("Your checklists")
                    .blocks(renderer.overview(service.overview(call.teamId(), call.userId()))));
        }
        if (args.equalsIgnoreCase("history")) {
            return call.context().ack(r -> r.responseType("ephemeral").text("Checklist history")
                    .blocks(renderer.history(service.history(call.teamId(), call.userId()),
                            id -> service.find(call.teamId(), id))));
        }
        if (args.equalsIgnoreCase("save")) {
            return savePlan(call, surface);
        }
        if (call.channelId().startsWith("D")) {
            return call.context().ack(r -> r.responseType("ephemeral").text("Run `/career checklist @person` in the "
                    + "channel where you want to share the checklist, so both of you can see and tick it."));
        }
        Matcher mention = MENTION.matcher(args);
        Optional<String> person = mention.find() ? Optional.of(mention.group(1)) : Optional.empty();
        View view = shareForm(call.teamId(), call.userId(), person, call.guide(), call.channelId(),
                call.responseUrl());
        // The ack never waits on Slack: the form opens right after it, while the trigger is still good.
        Instant triggerExpires = Instant.now().plus(TRIGGER_LIFETIME);
        surface.executor().execute(() -> {
            try {
                surface.webApi().callBefore("views.open", triggerExpires, () -> call.context().client()
                        .viewsOpen(r -> r.triggerId(call.triggerId()).view(view)));
            } catch (SlackDeliveryException e) {
                surface.webApi().respond("form not opened", () -> call.context().respond(r -> r
                        .responseType("ephemeral").text("I couldn't open the checklist form in time (Slack said `"
                                + e.error() + "`). Please run `/career checklist` again.")));
            }
            // The submission checks the due date in the manager's zone: look it up while the form is being filled.
            timeZones.zoneOf(call.teamId(), call.userId());
        });
        return call.context().ack();
    }

    /**
     * The share form for {@code person} (or nobody yet): the next steps of the role they are heading for as far as
     * the manager knows it ({@link #knownGuide}), else of the manager's own guide, {@code managersGuide}; and the plan
     * they shared with the manager.
     */
    private View shareForm(String teamId, String managerId, Optional<String> person, Guide managersGuide,
                           String channel, String responseUrl) throws JsonProcessingException {
        Guide guide = person.flatMap(p -> knownGuide(teamId, p, managerId)).orElse(managersGuide);
        List<NewItem> steps = guide.sectionOfKind(SectionIds.NEXT_STEPS).map(s -> NewItem.nextSteps(guide,
                s.allItems().stream().map(Item::id).toList())).orElse(List.of());
        // A plan step that is also one of the guide's next steps is offered once, under the next steps.
        Set<String> stepRefs = new HashSet<>(steps.stream().map(NewItem::ref).toList());
        List<NewItem> plan = person.map(p -> plans.planVisibleTo(teamId, p, managerId)).orElse(List.of())
                .stream().filter(item -> item.ref().isEmpty() || !stepRefs.contains(item.ref())).toList();
        String metadata = JSON.writeValueAsString(new ShareContext(channel, responseUrl, guide.id()));
        return modals.shareModal(metadata, person, guide.title(), steps, plan);
    }

    /** Another person picked in the open share form: the form is updated in place with their guide and plan. */
    private Response personPicked(BlockActionRequest req, ActionContext ctx, SlackSurface surface)
            throws IOException {
        BlockActionPayload payload = req.getPayload();
        View shown = payload.getView();
        String personId = payload.getActions() == null || payload.getActions().isEmpty() ? null
                : payload.getActions().get(0).getSelectedUser();
        if (shown == null || personId == null || TeamKey.teamOf(payload) == null || payload.getUser() == null
                || !ChecklistIds.SHARE_VIEW.equals(shown.getCallbackId())) {
            return ctx.ack();
        }
        String teamId = TeamKey.of(ctx, payload);
        String managerId = payload.getUser().getId();
        ShareContext share = required(JSON.readValue(shown.getPrivateMetadata(), ShareContext.class),
                "view.private_metadata");
        View updated = shareForm(teamId, managerId, Optional.of(personId),
                surface.guides().guideFor(teamId, managerId), share.channel(), share.responseUrl());
        surface.executor().execute(() -> {
            try {
                surface.webApi().call("views.update", () -> ctx.client().viewsUpdate(r -> r.viewId(shown.getId())
                        .hash(shown.getHash()).view(updated)));
            } catch (SlackDeliveryException e) {
                // A hash out of date: the form changed meanwhile (another pick), and that pick updates it.
                LOG.info("share form not updated for the person picked: {}", e.error());
            }
        });
        return ctx.ack();
    }

    /**
     * The guide of the role {@code personId} is heading for as far as the sharer knows it from what the person
     * shared with them ({@link TeamView#knownHeadingFor}, as the team view shows it), if any is served. The guide
     * the person chose for themselves alone is never used: a checklist, the form and the channel would show it.
     */
    private Optional<Guide> knownGuide(String teamId, String personId, String sharerId) {
        GuideLibrary library = surface.guides().library();
        return team.knownHeadingFor(teamId, sharerId, personId).stream().map(library::find)
                .flatMap(Optional::stream).findFirst();
    }

    /**
     * The guide a checklist made of {@code offered}'s next steps says the person is heading for: that guide when it
     * is one the sharer knows from what the person shared; none when it was the sharer's own guide, which says
     * nothing of where the person heads (the team view would name the sharer's role as theirs).
     */
    private String madeFor(String teamId, String personId, String sharerId, Guide offered) {
        return team.knownHeadingFor(teamId, sharerId, personId).contains(offered.id()) ? offered.id() : "";
    }

    /** {@code /career digest on|off}: stored before it is confirmed. */
    private Response digestCommand(CommandCall call, SlackSurface surface) throws IOException {
        String args = call.args().strip().toLowerCase(Locale.ROOT);
        if (!args.equals("on") && !args.equals("off")) {
            boolean on = repository.digestEnabled(call.teamId(), call.userId());
            return call.context().ack(r -> r.responseType("ephemeral").text("Your weekly team digest is "
                    + (on ? "on" : "off") + ". Use `/career digest on` or `/career digest off`."));
        }
        boolean on = args.equals("on");
        repository.setDigest(call.teamId(), call.userId(), on);
        surface.executor().execute(() -> surface.home().publish(call.teamId(), call.userId()));
        return call.context().ack(r -> r.responseType("ephemeral").text(on
                ? "Weekly digest on: every Monday at 09:00 your time I'll DM you what moved on the checklists you "
                + "shared, what is overdue and who has not started (nothing when nothing changed)."
                : "Weekly digest off."));
    }

    /**
     * A gentle reminder from the team view: claimed (once a day per person) and audited before the ack, sent
     * after it. Only the manager who shared an open checklist for the person may send one.
     */
    private Response remind(BlockActionRequest req, ActionContext ctx, SlackSurface surface) throws IOException {
        BlockActionPayload payload = req.getPayload();
        String teamId = TeamKey.of(ctx, payload);
        String managerId = payload.getUser().getId();
        String personId = payload.getActions().get(0).getValue();
        // The person's day, as far as it is known without asking Slack: the ack never waits on the Web API.
        LocalDate today = clock.instant().atZone(timeZones.knownZoneOf(teamId, personId)).toLocalDate();
        if (!team.mayRemind(teamId, managerId, personId)) {
            LOG.info("refused a gentle reminder by a user who shared no open checklist for the person");
            tell(ctx, surface, payload, managerId, "You can send a gentle reminder only to someone you shared an "
                    + "open checklist with.");
            return ctx.ack();
        }
        Optional<Checklist> claimed = team.claimReminder(teamId, managerId, personId, today,
                isHome(payload) ? Places.APP_HOME : Places.DM);
        surface.executor().execute(() -> {
            Optional<SlackDeliveryException> refused = claimed.flatMap(checklist -> messages.directRefused(teamId,
                    personId, "A gentle reminder about your checklist", teamRenderer.reminder(checklist, managerId)));
            if (refused.isPresent()) {
                team.releaseReminder(teamId, personId, today);
                tell(ctx, surface, payload, managerId, teamRenderer.reminderNotSent(personId, refused.get().error(),
                        refused.get().isPermanent()));
            }
            surface.home().publish(teamId, managerId);
        });
        return ctx.ack();
    }

    /** Saves the user's latest plan as their private checklist, tickable in the App Home. */
    private Response savePlan(CommandCall call, SlackSurface surface) throws IOException {
        List<NewItem> plan = plans.planVisibleTo(call.teamId(), call.userId(), call.userId());
        if (plan.isEmpty()) {
            return call.context().ack(r -> r.responseType("ephemeral")
                    .text("You have no saved plan yet: finish a skill check (`/career check`), then press"
                            + " *Save as my checklist* under its result."));
        }
        String confirmation = savePrivate(surface, call.teamId(), call.userId(), plan);
        return call.context().ack(r -> r.responseType("ephemeral").text(confirmation));
    }

    /**
     * Saves plan items as the person's private checklist and posts it in their DM; returns the confirmation to show.
     * Saving the same items again (a double-click, the button pressed twice) keeps the one open checklist.
     */
    public String savePrivate(SlackSurface surface, String teamId, String userId, List<NewItem> plan) {
        String already = "This plan is already your checklist. Tick it off in our DM or in my App Home.";
        if (plan.isEmpty()) {
            return "Your plan has no steps, so there is nothing to save as a checklist.";
        }
        // Checklists saved before private ones carried a plan key are recognised by their items.
        if (service.overview(teamId, userId).forMe().stream().anyMatch(c -> c.isPrivate() && sameItems(c, plan))) {
            return already;
        }
        PrivateSave save = service.savePrivate(teamId, userId, plan, Optional.empty(), Places.DM);
        if (!save.created()) {
            return already;
        }
        Checklist saved = save.checklist();
        surface.executor().execute(() -> {
            try {
                messages.publishHomes(messages.post(saved), teamId);
            } catch (SlackDeliveryException e) {
                LOG.warn("could not post private checklist {} in the DM: {}", saved.id(), e.error());
            }
        });
        return "Saved your plan as a checklist of " + plan.size() + " items. Tick them off in our DM or in my App Home.";
    }

    private static boolean sameItems(Checklist checklist, List<NewItem> plan) {
        return checklist.items().stream().map(ChecklistItem::text).toList()
                .equals(plan.stream().map(NewItem::text).toList());
    }

    static List<NewItem> pickedItems(Map<String, Map<String, ViewState.Value>> values, Guide guide,
                                     List<NewItem> plan) {
        List<NewItem> items = new ArrayList<>();
        List<String> stepIds = new ArrayList<>();
        Set<String> planPicks = new HashSet<>();
        values.forEach((blockId, actions) -> {
            ViewState.Value pick = actions.get(ChecklistIds.PICK_ACTION);
            if (pick == null || pick.getSelectedOptions() == null) {
                return;
            }
            pick.getSelectedOptions().forEach(option -> {
                if (blockId.startsWith(ChecklistIds.STEPS_BLOCK + "_")) {
                    stepIds.add(option.getValue().substring(option.getValue().indexOf('/') + 1));
                } else if (blockId.startsWith(ChecklistIds.PLAN_BLOCK + "_")) {
                    planPicks.add(option.getValue());
                }
            });
        });
        items.addAll(NewItem.nextSteps(guide, stepIds));
        plan.stream().filter(p -> planPicks.contains(ChecklistModalRenderer.pickValue(p))).forEach(items::add);
        Optional.ofNullable(values.get(ChecklistIds.CUSTOM_BLOCK)).map(v -> v.get(ChecklistIds.CUSTOM_ACTION))
                .map(ViewState.Value::getValue).ifPresent(text -> items.addAll(NewItem.customLines(text)));
        // One item per guide step, even when it was picked both as a next step and from the plan.
        Set<String> refs = new HashSet<>();
        return items.stream().filter(item -> item.ref().isEmpty() || refs.add(item.ref())).toList();
    }

    /**
     * Why a checklist for {@code personId} is not shared in {@code channel}, in the Workflow Builder step's words,
     * when they are not in it (they could not see it there); empty when they are, or when Career Coach cannot see the
     * channel (posting then fails and says how to add it). Asked before the ack, within its time.
     */
    private Optional<String> notInChannel(SlackSurface surface, MethodsClient client, String channel,
                                          String personId) {
        try {
            return ChannelMembers.of(surface.webApi(), client, channel, Instant.now().plus(MEMBERS_LIFETIME))
                    .contains(personId) ? Optional.empty()
                    : Optional.of(ChannelMembers.personNotIn("The person you picked", "this channel"));
        } catch (SlackDeliveryException e) {
            return e.isChannelAccess() ? Optional.empty() : Optional.of("Slack did not say in time who is in this"
                    + " channel (" + e.error() + "), so I could not check that they can see the checklist here."
                    + " Press Share again.");
        }
    }

    /** After the checklist is stored: post it; if Slack refuses, say how to fix it. The checklist stays. */
    private void postNew(Checklist stored, ShareContext share, SlackSurface surface) {
        try {
            Checklist posted = messages.post(stored);
            messages.publishHomes(posted, stored.teamId());
        } catch (SlackDeliveryException e) {
            LOG.info("checklist {} stored but not posted: {}", stored.id(), e.error());
            String text = "I saved the checklist but couldn't post it";
            List<LayoutBlock> blocks = renderer.notPosted(stored, e.error());
            boolean told = surface.webApi().respond("checklist not posted", () -> new Responder(surface.app().slack(),
                    share.responseUrl()).sendToCommand(r -> r.responseType("ephemeral").text(text).blocks(blocks)));
            // The form may have been open longer than response_url lives (30 minutes): the DM always reaches them.
            if (!told && !messages.direct(stored.teamId(), stored.managerId(), text, blocks)) {
                LOG.warn("could not tell the manager about checklist {}", stored.id());
            }
        }
    }

    /**
     * Before forget-me deletes a user's data: note the checklists that name them, and return what shows those
     * again afterwards (the channel messages without the user, deleted private ones as deleted, the App Homes).
     */
    public Runnable prepareForget(SlackSurface surface, String teamId, String userId) {
        List<Checklist> naming = service.naming(teamId, userId);
        return () -> {
            for (Checklist checklist : naming) {
                if (checklist.isPrivate() && checklist.personId().equals(userId)) {
                    messages.showDeleted(checklist);
                } else {
                    messages.refresh(checklist.id(), teamId);
                }
            }
            surface.home().publish(teamId, userId);
        };
    }

    private Response tick(BlockActionRequest req, ActionContext ctx, SlackSurface surface) throws IOException {
        BlockActionPayload payload = req.getPayload();
        BlockActionPayload.Action action = payload.getActions().get(0);
        String userId = payload.getUser().getId();
        OptionalLong checklistId = ChecklistIds.checklistOf(action.getBlockId());
        if (checklistId.isEmpty()) {
            return ctx.ack();
        }
        long id = checklistId.getAsLong();
        boolean fromHome = isHome(payload);
        List<LayoutBlock> shownBlocks = fromHome ? payload.getView().getBlocks() : payload.getMessage().getBlocks();
        Set<String> shown = shownDone(shownBlocks, action.getBlockId());
        Set<String> selected = new HashSet<>();
        if (action.getSelectedOptions() != null) {
            action.getSelectedOptions().forEach(o -> selected.add(o.getValue()));
        }
        String place = fromHome ? Places.APP_HOME : payload.getContainer().getChannelId();
        // Slack sends the same action_ts when it delivers a click again: that makes the click count once.
        String deliveryId = userId + ":" + action.getActionTs();
        String teamId = TeamKey.of(ctx, payload);
        return change(ctx, surface, payload, () -> {
            Checklist ticked = service.applyClick(teamId, id, userId, shown, selected, place, deliveryId);
            surface.metrics().counter("career.checklist.ticks").increment();
            return ticked;
        }, renderer::refusal);
    }

    private Response archive(BlockActionRequest req, ActionContext ctx, SlackSurface surface) throws IOException {
        BlockActionPayload payload = req.getPayload();
        long id = Long.parseLong(payload.getActions().get(0).getValue());
        String place = isHome(payload) ? Places.APP_HOME : payload.getContainer().getChannelId();
        String teamId = TeamKey.of(ctx, payload);
        return change(ctx, surface, payload, () -> service.archive(teamId, id, payload.getUser().getId(), place),
                renderer::archiveRefusal);
    }

    /**
     * A Workflow Builder step shares a checklist as {@code /career checklist} does: the next steps of the role the
     * person is heading for as far as the sharer knows it ({@link #knownGuide}), else of the sharer's own guide, and
     * the step's extra items, stored with the same audit, then posted; returns the link to the message. Runs after
     * the step's event was acknowledged. Refuses what the form would refuse, in words for the workflow's author.
     */
    @Override
    public String share(String teamId, String channelId, String personId, String managerId, List<String> extraItems,
                        Optional<LocalDate> due, ChecklistSharing.Run run) throws StepFailedException {
        Optional<Guide> known = knownGuide(teamId, personId, managerId);
        Guide guide = known.orElseGet(() -> surface.guides().guideFor(teamId, managerId));
        List<NewItem> items = new ArrayList<>(guide.sectionOfKind(SectionIds.NEXT_STEPS)
                .map(s -> NewItem.nextSteps(guide, s.allItems().stream().map(Item::id).toList())).orElse(List.of()));
        boolean guideHasSteps = !items.isEmpty();
        try {
            extraItems.forEach(line -> items.addAll(NewItem.customLines(line)));
        } catch (IllegalArgumentException refused) {
            throw new StepFailedException("An extra item was refused: " + refused.getMessage());
        }
        if (items.isEmpty()) {
            // The role the person shared with the sharer is not named to whoever reads the workflow's failures.
            throw new StepFailedException(known.isPresent() ? "The career guide of the role the Person input is"
                    + " heading for has no next steps, so the checklist would be empty: add extra items to the step."
                    : "The career guide \"" + guide.title() + "\" has no next steps, so the checklist would be empty:"
                    + " add extra items to the step, or choose a guide with next steps (/career role).");
        }
        if (items.size() > NewChecklist.MAX_ITEMS) {
            throw new StepFailedException("A checklist holds at most " + NewChecklist.MAX_ITEMS + " items; this one"
                    + " would have " + items.size() + (guideHasSteps ? " with the guide's next steps" : "")
                    + ". Remove some extra items.");
        }
        if (due.isPresent() && due.get().isBefore(clock.instant().atZone(timeZones.zoneOf(teamId, managerId))
                .toLocalDate())) {
            throw new StepFailedException("The due date " + due.get() + " has passed; pick today or a later day.");
        }
        // A run that failed after its checklist was made (Slack away when it was to be completed, or the post
        // refused) asked for the workflow to be run again: this run takes that checklist over rather than share a
        // second one. A checklist of a run that completed is never taken: a workflow on a schedule shares anew.
        Optional<Checklist> made = service.openShared(teamId, channelId, personId, managerId, items,
                run::leftByFailedRun);
        made.ifPresent(earlier -> LOG.info("checklist {} made by a run that failed is taken over by its rerun",
                earlier.id()));
        Checklist stored = made.orElseGet(() -> service.share(teamId, channelId, personId, managerId, items, due,
                known.map(Guide::id).orElse("")));
        run.made(stored.id());
        if (stored.messageTs().isPresent()) {
            return stored.permalink().orElse("");
        }
        try {
            Checklist posted = messages.post(stored);
            messages.publishHomes(posted, stored.teamId());
            return posted.permalink().orElse("");
        } catch (SlackDeliveryException e) {
            LOG.info("checklist {} shared by a workflow stored but not posted: {}", stored.id(), e.error());
            // Workflow Builder shows this as plain text: no <#C…> mention.
            throw new StepFailedException("Career Coach saved the checklist but could not post it in the channel of"
                    + " the Channel input (Slack said " + e.error() + "): add Career Coach to the channel, then run"
                    + " the workflow again.");
        }
    }

    @Override
    public Optional<String> postedLink(String teamId, long checklistId) {
        return service.find(teamId, checklistId).filter(c -> c.messageTs().isPresent())
                .map(c -> c.permalink().orElse(""));
    }

    /** The key of a checklist's coalesced refresh. */
    private record Refresh(long checklistId) {
    }

    private interface Change {
        Checklist apply();
    }

    private Response change(ActionContext ctx, SlackSurface surface, BlockActionPayload payload, Change change,
                            Function<List<String>, String> refusal) throws IOException {
        String userId = payload.getUser().getId();
        try {
            Checklist changed = change.apply();
            // Stored: now shown. Refreshes of one checklist waiting for a thread, or asked for while one runs,
            // are one more refresh, which shows the state stored by then.
            surface.executor().executeCoalesced(new Refresh(changed.id()), Duration.ZERO,
                    () -> messages.refresh(changed.id(), changed.teamId()));
        } catch (NotAllowedException e) {
            LOG.info("refused a checklist change by a user who may not make it");
            tell(ctx, surface, payload, userId, refusal.apply(e.allowedUserIds()));
        } catch (ChecklistArchivedException e) {
            tell(ctx, surface, payload, userId, "This checklist is archived; it can no longer be changed.");
        } catch (ChecklistNotFoundException e) {
            tell(ctx, surface, payload, userId, "This checklist no longer exists.");
        }
        return ctx.ack();
    }

    private Response repost(BlockActionRequest req, ActionContext ctx, SlackSurface surface) throws IOException {
        BlockActionPayload payload = req.getPayload();
        long id = Long.parseLong(payload.getActions().get(0).getValue());
        Optional<Checklist> checklist = service.find(TeamKey.of(ctx, payload), id)
                .filter(c -> c.managerId().equals(payload.getUser().getId()));
        if (checklist.isEmpty()) {
            return ctx.ack();
        }
        String press = Presses.key(TeamKey.of(ctx, payload), payload);
        surface.executor().execute(() -> {
            if (!Presses.first(surface, press)) {
                return;
            }
            try {
                Checklist posted = messages.post(checklist.get());
                Presses.settle(surface, press, true);
                surface.webApi().respond("repost", () -> ctx.respond(r -> r.replaceOriginal(true)
                        .text("Posted the checklist in <#" + posted.messageChannel().orElseThrow() + ">.")));
            } catch (SlackDeliveryException e) {
                // Given back: the answer below offers Post again, which must then work.
                Presses.settle(surface, press, false);
                surface.webApi().respond("repost", () -> ctx.respond(r -> r.replaceOriginal(true)
                        .text("I couldn't post the checklist").blocks(renderer.notPosted(checklist.get(), e.error()))));
            }
        });
        return ctx.ack();
    }

    /** An answer only the clicker sees: ephemeral under the message, or a DM when the click came from the Home. */
    private void tell(ActionContext ctx, SlackSurface surface, BlockActionPayload payload, String userId,
                      String text) {
        surface.executor().execute(() -> {
            if (payload.getResponseUrl() != null && surface.webApi().respond("refusal", () -> ctx.respond(r -> r
                    .responseType("ephemeral").replaceOriginal(false).text(text)))) {
                return;
            }
            messages.direct(TeamKey.of(ctx, payload), userId, text);
        });
    }

    private static boolean isHome(BlockActionPayload payload) {
        return payload.getContainer() != null && "view".equals(payload.getContainer().getType());
    }

    /**
     * The items the clicker saw ticked in the clicked block: the initial options of its checkboxes as shown (an
     * item's section accessory, or a group of checkboxes in messages posted before items had a section each).
     */
    static Set<String> shownDone(List<LayoutBlock> blocks, String blockId) {
        Set<String> done = new HashSet<>();
        if (blocks == null) {
            return done;
        }
        for (LayoutBlock block : blocks) {
            List<?> elements = block instanceof ActionsBlock actions && blockId.equals(actions.getBlockId())
                    ? actions.getElements()
                    : block instanceof SectionBlock section && blockId.equals(section.getBlockId())
                    && section.getAccessory() != null ? List.of(section.getAccessory()) : List.of();
            elements.stream().filter(CheckboxesElement.class::isInstance)
                    .map(CheckboxesElement.class::cast)
                    .filter(c -> c.getInitialOptions() != null)
                    .forEach(c -> c.getInitialOptions().stream().map(OptionObject::getValue).forEach(done::add));
        }
        return done;
    }

    /** A field the modal's payload must have; missing, the payload is malformed (the sender's fault, not ours). */
    private static <T> T required(T value, String field) {
        if (value == null) {
            throw new MalformedPayloadException("a checklist modal submitted without " + field);
        }
        return value;
    }

    /** Posts, in the assistant thread, the open checklists of the viewed channel that name or were shared by the person. */
    private void thisChannelsChecklist(SlackSurface surface, EventContext ctx, IncomingMessage message) {
        Optional<String> channel = message.viewedChannel();
        List<Checklist> here = channel.isEmpty() ? List.of() : repository.involving(message.teamId(),
                message.userId()).stream().filter(c -> !c.archived() && c.channelId().equals(channel)).toList();
        String text = channel.isEmpty() ? "Open a channel beside this thread, then ask again: I'll show its checklist."
                : here.isEmpty() ? "No checklist in <#" + channel.get() + "> names you or was shared by you."
                : "The checklist in <#" + channel.get() + ">:";
        post(surface, ctx, message, text, here.isEmpty() ? null : renderer.message(here.get(0)));
    }

    private void mentionedChannelsChecklist(SlackSurface surface, EventContext ctx, IncomingMessage message) {
        List<Checklist> here = repository.involving(message.teamId(), message.userId()).stream()
                .filter(c -> !c.archived() && c.channelId().equals(Optional.of(message.channelId()))).toList();
        String text = here.isEmpty() ? "No checklist in this channel names you or was shared by you."
                : "The checklist" + (here.size() > 1 ? "s" : "") + " in this channel:";
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(section(s -> s.text(markdownText(text))));
        here.stream().limit(MENTIONED_CHECKLISTS).forEach(c -> blocks.add(section(s -> s.text(markdownText(
                Mrkdwn.truncate(renderer.summaryLine(c), Mrkdwn.MAX_TEXT))))));
        if (here.size() > MENTIONED_CHECKLISTS) {
            blocks.add(context(x -> x.elements(List.of(markdownText("and " + (here.size() - MENTIONED_CHECKLISTS)
                    + " more: `/career checklist` lists them all.")))));
        }
        post(surface, ctx, message, text, blocks);
    }

    /** Answers a message where it was written: in its thread (assistant, mention) or in the DM. */
    private static void post(SlackSurface surface, EventContext ctx, IncomingMessage message, String text,
                             List<LayoutBlock> blocks) {
        try {
            surface.webApi().call("chat.postMessage", () -> ctx.client().chatPostMessage(r -> r
                    .channel(message.channelId()).threadTs(message.replyThread()).text(text).blocks(blocks)));
        } catch (SlackDeliveryException e) {
            LOG.warn("could not answer about checklists: {}", e.error());
        }
    }
}
