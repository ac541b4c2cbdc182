package careercoach.slack.paths;

import careercoach.guide.Guide;
import careercoach.guide.RoleComparer;
import careercoach.guide.RoleComparison;
import careercoach.guide.RoleFinder;
import careercoach.search.Answer;
import careercoach.slack.CommandCall;
import careercoach.slack.IncomingMessage;
import careercoach.slack.MessagePhrase;
import careercoach.slack.MovePhrase;
import careercoach.slack.Mrkdwn;
import careercoach.slack.Presses;
import careercoach.slack.ShareRefusals;
import careercoach.slack.SharedActions;
import careercoach.slack.SlackDeliveryException;
import careercoach.slack.SlackFeature;
import careercoach.slack.SlackSurface;
import careercoach.slack.Subcommand;
import careercoach.slack.TeamKey;
import careercoach.slack.TooLong;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.context.builtin.EventContext;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.methods.MethodsClient;
import com.slack.api.model.block.LayoutBlock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;

/**
 * "From my role to that one": {@code /career compare <role>}, the same question asked in a DM ("what changes if I
 * move from backend lead to SRE lead?"), the buttons that compare with one of the closest roles, and sharing a
 * comparison in a channel. An unknown role is answered with the closest roles that have a guide. Comparing runs the
 * embedding model, so it runs after the ack.
 */
public final class PathsFeature implements SlackFeature {
    private static final Logger LOG = LoggerFactory.getLogger(PathsFeature.class);
    /** "what changes if I move from X to Y?", "what would change if I moved to Y" (the kit's, shared with questions). */
    static final Pattern MOVE = MovePhrase.MOVE;
    private static final Pattern COMPARE_TWO = Pattern.compile("(?i)\\s*compare (?:an? |the |my )?(.+?) (?:with|to|and|vs\\.?"
            + "|versus)"
            + " (?:an? |the )?(.+?)[\\s?.!]*");
    /** What follows "compare" in a message, all of it: where it parts into two roles is found by {@link #comparedTwo}. */
    private static final Pattern COMPARED = Pattern.compile("(?i)\\s*compare (?:an? |the |my )?(.+?)[\\s?.!]*");
    /** Where "X with Y" (to, and, vs, versus) may part two roles named in {@code /career compare}. */
    private static final Pattern BETWEEN_TWO = Pattern.compile("(?i)\\s+(?:with|to|and|vs\\.?|versus)\\s+(?:an? |the )?");
    private static final Pattern ROLE_WORD = Pattern.compile("(?i)\\b(lead|leader|manager|engineer|architect|director"
            + "|head|cto|vp|principal|staff|developer|sre|owner|scientist|analyst)s?\\b");
    private static final int CACHED = 32;

    private final RoleComparer comparer;
    private final CompareRenderer renderer = new CompareRenderer();
    /** Comparisons by the two guide objects' ids; a reloaded guide is a new object and misses. */
    private final Map<String, RoleComparison> cache = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, RoleComparison> eldest) {
            return size() > CACHED;
        }
    };

    public PathsFeature(RoleComparer comparer) {
        this.comparer = comparer;
    }

    @Override
    public void install(SlackSurface surface) {
        surface.commands().register(new Subcommand("compare", "compare <role>",
                "your role and another side by side: what both need, what it adds, what matters less",
                call -> compareCommand(surface, call)));
        // A message longer than a question is read (a pasted page) is not taken as a comparison: the question it
        // then falls to refuses it as too long, with the limit, as every question that long.
        // In a channel (an @mention) only two roles both named are compared: the asker's own role, which "if I
        // move to Y" compares with, is theirs to show, and a role no guide has would offer buttons in the channel.
        surface.messages().register(new MessagePhrase("compare two roles",
                message -> !Answer.isTooLong(message.text()) && (message.isDirect()
                        ? namesRoles(surface, message.text()) : message.isMention() && namesTwo(surface, message.text())),
                (message, ctx) -> compareInDm(surface, message, ctx)));
        surface.app().blockAction(Pattern.compile(Pattern.quote(CompareRenderer.COMPARE_ACTION) + "(_\\d+)?"),
                (req, ctx) -> {
                    String teamId = TeamKey.of(ctx, req.getPayload());
                    String userId = req.getPayload().getUser().getId();
                    String[] ids = SharedActions.parts(req);
                    if (ids.length > 1) {
                        // "from|to": the two roles a DM named, neither of them necessarily the reader's.
                        Optional<Guide> named = surface.guides().library().find(ids[0]);
                        Optional<Guide> other = surface.guides().library().find(ids[1]);
                        surface.executor().execute(() -> respond(surface, req, ctx, named.isPresent()
                                ? other.map(t -> compare(named.get(), t)) : Optional.empty()));
                        return ctx.ack();
                    }
                    Guide from = surface.guides().guideFor(teamId, userId);
                    Optional<Guide> to = surface.guides().library().find(SharedActions.value(req));
                    if (to.isPresent() && to.get().id().equals(from.id())) {
                        // Offered before the reader chose this role as theirs: it compares with nothing in itself.
                        // The note is posted anew (not in place of the message), so a double click posts it once.
                        if (!Presses.firstWithinWindow(surface, teamId, req.getPayload())) {
                            return ctx.ack();
                        }
                        String text = sameRole(from, true);
                        surface.executor().execute(() -> {
                            if (req.getPayload().getResponseUrl() != null) {
                                surface.webApi().respond("note", () -> ctx.respond(r -> r.responseType("ephemeral")
                                        .replaceOriginal(false).text(text)));
                            } else {
                                post(surface, ctx.client(), userId, null, text, null);
                            }
                        });
                        return ctx.ack();
                    }
                    surface.executor().execute(() -> respond(surface, req, ctx, to.map(t -> compare(from, t))));
                    return ctx.ack();
                });
        surface.app().blockAction(CompareRenderer.SHARE_ACTION, (req, ctx) -> {
            surface.executor().execute(() -> share(surface, req, ctx));
            return ctx.ack();
        });
    }

    /**
     * Whether a DM asks to compare roles rather than asking the guides a question: "what changes if I move to Y"
     * when Y is a guide or says a role ("lead", "manager", ...); "compare X with Y" only when both are guides, so
     * "compare REST with gRPC" is still asked as a question.
     */
    static boolean namesRoles(SlackSurface surface, String text) {
        Matcher move = MOVE.matcher(text);
        if (move.matches()) {
            return ROLE_WORD.matcher(move.group(2)).find()
                    || surface.guides().roles().find(move.group(2)).guide().isPresent();
        }
        Optional<String[]> two = comparedTwo(surface.guides().roles(), text);
        return two.isPresent() && surface.guides().roles().find(two.get()[0]).guide().isPresent()
                && surface.guides().roles().find(two.get()[1]).guide().isPresent();
    }

    /**
     * "compare X with Y" (to, and, vs, versus) parted into X and Y: at the first of those words where both sides are
     * guides, so a role whose own name holds one ("Infrastructure and Compliance Lead") still parts as
     * {@code /career compare} parts it; else at the first of them.
     */
    static Optional<String[]> comparedTwo(RoleFinder roles, String text) {
        Matcher two = COMPARE_TWO.matcher(text);
        if (!two.matches()) {
            return Optional.empty();
        }
        Matcher compared = COMPARED.matcher(text);
        if (compared.matches()) {
            String rest = compared.group(1);
            Matcher between = BETWEEN_TWO.matcher(rest);
            while (between.find()) {
                String first = rest.substring(0, between.start()).strip();
                String second = rest.substring(between.end()).strip();
                if (!first.isEmpty() && !second.isEmpty() && roles.find(first).guide().isPresent()
                        && roles.find(second).guide().isPresent()) {
                    return Optional.of(new String[] {first, second});
                }
            }
        }
        return Optional.of(new String[] {two.group(1), two.group(2)});
    }

    /** "compare X with Y", or "what changes if I move from X to Y", both roles guides. */
    static boolean namesTwo(SlackSurface surface, String text) {
        Matcher move = MOVE.matcher(text);
        RoleFinder roles = surface.guides().roles();
        Optional<String[]> named = move.matches() && move.group(1) != null
                ? Optional.of(new String[] {move.group(1), move.group(2)})
                : move.matches() ? Optional.empty() : comparedTwo(roles, text);
        return named.isPresent() && roles.find(named.get()[0]).guide().isPresent()
                && roles.find(named.get()[1]).guide().isPresent();
    }

    private Response compareCommand(SlackSurface surface, CommandCall call) {
        String typed = call.args().strip();
        Guide from = call.guide();
        if (typed.isEmpty()) {
            List<Guide> next = surface.guides().roles().nextRoles(from).stream()
                    .flatMap(r -> r.guide().stream()).distinct().toList();
            return call.context().ack(r -> r.responseType("ephemeral").text("Which role?").blocks(renderer.choose(
                    "Which role? `/career compare <role>`" + (next.isEmpty() ? "" : ", or one that comes next:"),
                    next, CompareRenderer.COMPARE_ACTION, "Compare")));
        }
        if (call.argsNameAPerson()) {
            return call.context().ack(r -> r.responseType("ephemeral").text("`/career compare` compares roles, not"
                    + " people: `/career compare <role>` shows what changes from your role to that one."));
        }
        if (TooLong.asRole(typed)) {
            return call.context().ack(r -> r.responseType("ephemeral").text(TooLong.role(typed)));
        }
        RoleFinder.Found found = surface.guides().roles().find(typed);
        Optional<List<Guide>> two = found.guide().isEmpty() ? twoRoles(surface.guides().roles(), typed)
                : Optional.empty();
        if (two.isPresent()) {
            // "X vs Y": X and Y compared, as "compare X with Y" in the DM, whatever the reader's own role.
            Guide first = two.get().get(0);
            Guide second = two.get().get(1);
            if (first.id().equals(second.id())) {
                return call.context().ack(r -> r.responseType("ephemeral").text(sameRole(first, false)));
            }
            surface.executor().execute(() -> {
                RoleComparison comparison = compare(first, second);
                surface.webApi().respond("comparison", () -> call.context().respond(r -> r.responseType("ephemeral")
                        .text(renderer.fallbackText(comparison))
                        .blocks(renderer.render(comparison, Optional.empty()))));
            });
            return call.context().ack();
        }
        if (found.guide().isEmpty()) {
            return call.context().ack(r -> r.responseType("ephemeral").text("No guide for that role")
                    .blocks(renderer.closest(typed, found, othersThan(from, found.closest()), CompareRenderer.COMPARE_ACTION,
                            "Compare")));
        }
        Guide to = found.guide().get();
        if (to.id().equals(from.id())) {
            return call.context().ack(r -> r.responseType("ephemeral").text(sameRole(to, true)));
        }
        surface.executor().execute(() -> {
            RoleComparison comparison = compare(from, to);
            surface.webApi().respond("comparison", () -> call.context().respond(r -> r.responseType("ephemeral")
                    .text(renderer.fallbackText(comparison))
                    .blocks(renderer.render(comparison, Optional.empty()))));
        });
        // An ack with no text, as /career ask: a "Comparing …" line would stay above the comparison for good.
        return call.context().ack();
    }

    /**
     * Two roles named in one text ("X vs Y", "X with Y", "X and Y", "X to Y"), each a guide: parted at the first of
     * those words where both sides are guides, so a role whose own name holds one ("QA and Test Lead") still parts.
     */
    static Optional<List<Guide>> twoRoles(RoleFinder roles, String typed) {
        Matcher between = BETWEEN_TWO.matcher(typed);
        while (between.find()) {
            String first = typed.substring(0, between.start()).strip();
            String second = typed.substring(between.end()).replaceAll("[\\s?.!]+$", "").strip();
            if (first.isEmpty() || second.isEmpty()) {
                continue;
            }
            Optional<Guide> one = roles.find(first).guide();
            Optional<Guide> other = one.isPresent() ? roles.find(second).guide() : Optional.empty();
            if (other.isPresent()) {
                return Optional.of(List.of(one.get(), other.get()));
            }
        }
        return Optional.empty();
    }

    private void compareInDm(SlackSurface surface, IncomingMessage message, EventContext ctx) {
        Matcher move = MOVE.matcher(message.text());
        Optional<String[]> two = move.matches() ? Optional.empty()
                : comparedTwo(surface.guides().roles(), message.text());
        String fromTyped;
        String toTyped;
        if (move.matches()) {
            fromTyped = move.group(1);
            toTyped = move.group(2);
        } else if (two.isPresent()) {
            fromTyped = two.get()[0];
            toTyped = two.get()[1];
        } else {
            return;
        }
        Guide own = surface.guides().guideFor(message.teamId(), message.userId());
        RoleFinder roles = surface.guides().roles();
        MethodsClient client = ctx.client();
        String channel = message.channelId();
        // In an assistant thread the answer goes to that thread, as every answer there does; in the DM, to the DM.
        String thread = message.replyThread();
        surface.executor().execute(() -> {
            Optional<Guide> from = Optional.of(own);
            boolean fromNamed = fromTyped != null && !fromTyped.isBlank();
            RoleFinder.Found to = roles.find(toTyped);
            if (fromNamed) {
                RoleFinder.Found found = roles.find(fromTyped);
                if (found.guide().isEmpty()) {
                    // The closest to the role it is compared from, each compared with the role named as the other.
                    List<LayoutBlock> offered = to.guide().isPresent()
                            ? renderer.closest(fromTyped.strip(), found, othersThan(to.guide().get(),
                                    found.closest()), CompareRenderer.COMPARE_ACTION, "Compare",
                                    g -> g.id() + "|" + to.guide().get().id())
                            : renderer.closest(fromTyped.strip(), found, othersThan(own, found.closest()),
                                    CompareRenderer.COMPARE_ACTION, "Compare with mine");
                    post(surface, client, channel, thread, "No guide for that role", offered);
                    return;
                }
                from = found.guide();
            }
            if (to.guide().isEmpty()) {
                // The closest to the role it is compared with, each compared from the role named, else the reader's.
                Guide named = from.get();
                post(surface, client, channel, thread, "No guide for that role", fromNamed
                        ? renderer.closest(toTyped.strip(), to, othersThan(named, to.closest()),
                                CompareRenderer.COMPARE_ACTION, "Compare", g -> named.id() + "|" + g.id())
                        : renderer.closest(toTyped.strip(), to, othersThan(own, to.closest()),
                                CompareRenderer.COMPARE_ACTION, "Compare with mine"));
                return;
            }
            if (from.get().id().equals(to.guide().get().id())) {
                // A role compares with nothing in itself: said so, as the command says it. In a channel the
                // asker's own role is theirs to show: never said there to be theirs.
                String text = sameRole(to.guide().get(), !message.isMention() && from.get().id().equals(own.id()));
                post(surface, client, channel, thread, text, List.of(section(s -> s.text(markdownText(text)))));
                return;
            }
            RoleComparison comparison = compare(from.get(), to.guide().get());
            // Asked in a channel, it is shared there by the one who asked: no button to share it again.
            post(surface, client, channel, thread, renderer.fallbackText(comparison), renderer.render(comparison,
                    message.isMention() ? Optional.of(message.userId()) : Optional.empty()));
        });
    }

    /** A comparison of a role with itself asked for: the reader's own role, or one role named twice. */
    private static String sameRole(Guide role, boolean own) {
        String title = "*" + Mrkdwn.escape(role.title()) + "*";
        return own ? title + " is your own role. Name another, or choose your role with `/career role`."
                : "Both are " + title + ". Name two different roles to compare them.";
    }

    /** The roles offered to compare with the reader's own: never the reader's own role, which compares with nothing. */
    private static List<Guide> othersThan(Guide own, List<Guide> closest) {
        return closest.stream().filter(g -> !g.id().equals(own.id())).toList();
    }

    private void respond(SlackSurface surface, BlockActionRequest req, ActionContext ctx,
                         Optional<RoleComparison> comparison) {
        String text = comparison.map(renderer::fallbackText).orElse("That guide is no longer available.");
        List<LayoutBlock> blocks = comparison.map(c -> renderer.render(c, Optional.empty())).orElse(List.of());
        if (req.getPayload().getResponseUrl() != null) {
            // The comparison takes the place of the roles offered, as a role chosen does: pressed twice (a double
            // click), the second press puts the same comparison in the same place rather than a second one below.
            // A role gone since leaves the others offered.
            surface.webApi().respond("comparison", () -> ctx.respond(r -> r.responseType("ephemeral")
                    .replaceOriginal(comparison.isPresent()).text(text).blocks(blocks)));
        } else {
            post(surface, ctx.client(), req.getPayload().getUser().getId(), null, text, blocks);
        }
    }

    /** Posts the comparison visibly in the channel, as shared by the user who clicked. */
    private void share(SlackSurface surface, BlockActionRequest req, ActionContext ctx) {
        String[] ids = SharedActions.parts(req);
        Optional<Guide> from = surface.guides().library().find(ids[0]);
        Optional<Guide> to = ids.length > 1 ? surface.guides().library().find(ids[1]) : Optional.empty();
        if (from.isEmpty() || to.isEmpty() || req.getPayload().getChannel() == null) {
            surface.webApi().respond("note", () -> ctx.respond(r -> r.responseType("ephemeral").replaceOriginal(false)
                    .text("That comparison is no longer available.")));
            return;
        }
        String press = Presses.key(TeamKey.of(ctx, req.getPayload()), req.getPayload());
        if (!Presses.first(surface, press)) {
            surface.webApi().respond("note", () -> ctx.respond(r -> r.responseType("ephemeral").replaceOriginal(false)
                    .text("You shared this here already.")));
            return;
        }
        RoleComparison comparison = compare(from.get(), to.get());
        String channel = req.getPayload().getChannel().getId();
        String userId = req.getPayload().getUser().getId();
        try {
            surface.webApi().call("chat.postMessage", () -> ctx.client().chatPostMessage(r -> r.channel(channel)
                    .text(renderer.fallbackText(comparison)).blocks(renderer.render(comparison, Optional.of(userId)))));
            Presses.settle(surface, press, true);
        } catch (SlackDeliveryException e) {
            // After a timeout Slack may have posted it: pressing again must not post it twice.
            Presses.settle(surface, press, "timeout_not_retried".equals(e.error()));
            LOG.warn("sharing a comparison in a channel failed: {}", e.error());
            String text = ShareRefusals.of(e);
            surface.webApi().respond("note", () -> ctx.respond(r -> r.responseType("ephemeral")
                    .replaceOriginal(false).text(text)));
        }
    }

    private RoleComparison compare(Guide from, Guide to) {
        String key = from.id() + "|" + to.id();
        synchronized (cache) {
            RoleComparison known = cache.get(key);
            if (known != null && known.from() == from && known.to() == to) {
                return known;
            }
        }
        RoleComparison comparison = comparer.compare(from, to);
        synchronized (cache) {
            cache.put(key, comparison);
        }
        return comparison;
    }

    /** Posts in {@code channel}, in the thread {@code threadTs} when not null. */
    private static void post(SlackSurface surface, MethodsClient client, String channel, String threadTs, String text,
                             List<LayoutBlock> blocks) {
        try {
            surface.webApi().call("chat.postMessage", () -> client.chatPostMessage(r -> r.channel(channel)
                    .threadTs(threadTs).text(text).blocks(blocks)));
        } catch (SlackDeliveryException e) {
            LOG.warn("could not post a comparison: {}", e.error());
        }
    }
}
