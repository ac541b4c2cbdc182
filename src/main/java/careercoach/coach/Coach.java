package careercoach.coach;

import careercoach.guide.Guide;
import careercoach.guide.GuideLibrary;
import careercoach.guide.Item;
import careercoach.guide.Pitfalls;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Runs guided conversations over a {@link ConversationStore}: starts or offers to resume, applies clicks with
 * compare-and-set on the version (so two instances, a double-click or a redelivery never corrupt a conversation),
 * and reads results back.
 */
public final class Coach {
    private static final Logger LOG = LoggerFactory.getLogger(Coach.class);
    /** How many finished checks are read to find the latest of each sort (own role, each target role). */
    private static final int HISTORY = 50;
    /** Conversations untouched this long are not offered back; the default. */
    public static final Duration DEFAULT_EXPIRY = Duration.ofDays(14);
    /**
     * A start of the same kind this soon after the last one, before any click on it, is the same press again (a
     * double click is two requests): it keeps that conversation rather than replacing it.
     */
    public static final Duration REPEATED_START = Duration.ofSeconds(10);

    /** The guides served now: a reload of index-data replaces them while conversations go on. */
    private final Supplier<GuideLibrary> guides;
    private final ConversationStore conversations;
    private final SavedPlans plans;
    private final Clock clock;
    private final Duration expiry;
    private final Supplier<String> ids;

    /** The answer to "start a check": a fresh conversation, or an offer to resume the one the user left. */
    public sealed interface Start {
        Conversation conversation();

        record Started(Conversation conversation) implements Start {
        }

        record ResumeOffered(Conversation conversation) implements Start {
        }

        /** The same conversation was started moments ago and not touched since: it stays, nothing new is shown. */
        record AlreadyStarted(Conversation conversation) implements Start {
        }
    }

    public Coach(GuideLibrary guides, ConversationStore conversations, SavedPlans plans, Clock clock,
                 Duration expiry, Supplier<String> ids) {
        this(() -> guides, conversations, plans, clock, expiry, ids);
    }

    public Coach(Supplier<GuideLibrary> guides, ConversationStore conversations, SavedPlans plans, Clock clock,
                 Duration expiry, Supplier<String> ids) {
        this.guides = guides;
        this.conversations = conversations;
        this.plans = plans;
        this.clock = clock;
        this.expiry = expiry;
        this.ids = ids;
    }

    /**
     * Starts a conversation of {@code kind} on {@code guide}, unless the user left one of the same sort (skill
     * check or steps walk) with answers in it and not yet expired: then that one is offered back. A conversation of
     * the same kind started less than {@link #REPEATED_START} ago and not clicked since is kept as it is
     * ({@link Start.AlreadyStarted}).
     */
    public Start start(String teamId, String userId, Guide guide, ConversationKind kind) {
        Instant now = clock.instant();
        List<Conversation> sameSort = sameSort(teamId, userId, kind, "");
        Optional<Conversation> repeated = justStarted(sameSort, kind, now);
        if (repeated.isPresent()) {
            return new Start.AlreadyStarted(repeated.get());
        }
        for (Conversation left : sameSort) {
            if (!left.answers().isEmpty() && !left.isExpired(now, expiry) && isServed(left)) {
                return new Start.ResumeOffered(left);
            }
            conversations.delete(left.id());
        }
        Instant startedAt = clock.instant();
        Start start = insertOnce(id -> ConversationEngine.start(id, teamId, userId, guide, kind, startedAt));
        LOG.debug("start of {} on guide {}: {}", kind, guide.id(), start.getClass().getSimpleName());
        return start;
    }

    /**
     * What a start of {@code kind} (toward the guide {@code targetGuideId}, "" for the person's own role) asked for
     * now would do, as {@link #start} and {@link #startToward} decide, read in one go and changing nothing: keep the
     * one started less than {@link #REPEATED_START} ago and not clicked since ({@link Start.AlreadyStarted}), offer
     * back the one left halfway ({@link Start.ResumeOffered}), or, empty, start a new one. So a command's reply can
     * say which before the start runs.
     */
    public Optional<Start> preview(String teamId, String userId, ConversationKind kind, String targetGuideId) {
        Instant now = clock.instant();
        List<Conversation> sameSort = sameSort(teamId, userId, kind, targetGuideId);
        Optional<Conversation> repeated = justStarted(sameSort, kind, now);
        if (repeated.isPresent()) {
            return Optional.of(new Start.AlreadyStarted(repeated.get()));
        }
        for (Conversation left : sameSort) {
            if (!left.answers().isEmpty() && !left.isExpired(now, expiry) && isServed(left)) {
                return Optional.of(new Start.ResumeOffered(left));
            }
        }
        return Optional.empty();
    }

    /**
     * The conversation a start of {@code kind} (toward {@code targetGuideId}, "" for the own role) would offer to
     * resume rather than start ({@link #preview}); empty when it would start one (or keep the one started moments
     * ago). Changes nothing.
     */
    public Optional<Conversation> resumable(String teamId, String userId, ConversationKind kind,
                                            String targetGuideId) {
        return preview(teamId, userId, kind, targetGuideId).filter(Start.ResumeOffered.class::isInstance)
                .map(Start::conversation);
    }

    /**
     * The person's conversation of {@code kind} on their own role that is under way: started moments ago, or left
     * halfway and still offered back ({@link #preview}). Changes nothing.
     */
    public Optional<Conversation> underWay(String teamId, String userId, ConversationKind kind) {
        return preview(teamId, userId, kind, "").map(Start::conversation);
    }

    /**
     * The person's skill check under way, whichever guide it asks from: of their own role or toward another
     * ({@code /career check <role>}), each as {@link #underWay} reads it; the most recently touched when there are
     * several. Changes nothing.
     */
    public Optional<Conversation> checkUnderWay(String teamId, String userId) {
        return conversations.open(teamId, userId).stream().filter(c -> c.kind().isSkillCheck())
                .map(Conversation::targetGuideId).distinct()
                .flatMap(target -> preview(teamId, userId, ConversationKind.SKILL_CHECK, target)
                        .map(Start::conversation).stream())
                .max(Comparator.comparing(Conversation::updatedAt).thenComparing(Conversation::id));
    }

    /** Drops whatever the user left of this sort and starts afresh. */
    public Conversation startAgain(String teamId, String userId, Guide guide, ConversationKind kind) {
        sameSort(teamId, userId, kind, "").forEach(left -> conversations.delete(left.id()));
        return create(teamId, userId, guide, kind, clock.instant());
    }

    /** Which items of a guide mean the same skill as items of another (by meaning, see the guide's comparer). */
    @FunctionalInterface
    public interface SameSkills {
        /** For each of {@code targets}, the index in {@code known} of the same skill, or -1. */
        int[] match(List<Item> known, List<Item> targets);
    }

    /**
     * Starts a skill check toward another role: the target guide's questions, pre-marked with the ratings the person
     * gave the same skills ({@code sameSkills}) in their latest finished check of their own guide. A check toward
     * the same role left with answers is offered back instead ({@code fresh} drops it), and one started moments ago
     * and not clicked since is kept (unless {@code fresh}). Kept apart from the person's own-role check: neither is
     * offered back for the other.
     */
    public Start startToward(String teamId, String userId, Guide own, Guide target, ConversationKind kind,
                             SameSkills sameSkills, boolean fresh) {
        Instant now = clock.instant();
        List<Conversation> sameSort = sameSort(teamId, userId, kind, target.id());
        Optional<Conversation> repeated = fresh ? Optional.empty() : justStarted(sameSort, kind, now);
        if (repeated.isPresent()) {
            return new Start.AlreadyStarted(repeated.get());
        }
        for (Conversation left : sameSort) {
            if (!fresh && !left.answers().isEmpty() && !left.isExpired(now, expiry)) {
                return new Start.ResumeOffered(left);
            }
            conversations.delete(left.id());
        }
        Map<String, String> premarked = premarks(teamId, userId, own, target, kind, sameSkills);
        Instant startedAt = clock.instant();
        Function<String, Conversation> started = id -> ConversationEngine.startToward(id, teamId, userId, target,
                kind, premarked, startedAt);
        Start start;
        if (fresh) {
            start = new Start.Started(started.apply(ids.get()));
            conversations.insert(start.conversation());
        } else {
            start = insertOnce(started);
        }
        LOG.debug("start of {} toward guide {} with {} pre-marked: {}", kind, target.id(), premarked.size(),
                start.getClass().getSimpleName());
        return start;
    }

    /**
     * The conversation of {@code kind} among {@code sameSort} started less than {@link #REPEATED_START} before
     * {@code now} and not clicked since (version 0, so pre-marked ratings do not count as answers); the earliest
     * started when several are (ties by id), so that every instance picks the same one.
     */
    private static Optional<Conversation> justStarted(List<Conversation> sameSort, ConversationKind kind,
                                                      Instant now) {
        return sameSort.stream()
                .filter(c -> c.kind() == kind && c.version() == 0 && c.status() == Conversation.Status.ACTIVE)
                .filter(c -> Duration.between(c.startedAt(), now).compareTo(REPEATED_START) < 0)
                .min(Comparator.comparing(Conversation::startedAt).thenComparing(Conversation::id));
    }

    /**
     * Inserts a conversation just started (not a deliberate restart) under an id both starts of one double click
     * share: the person, the sort and the {@link #REPEATED_START} window it falls in. Two starts handled at once (by
     * two instances sharing the store) may each read no conversation; then the database's unique id lets one insert
     * win, and the other keeps that one and shows nothing. An id already taken by a conversation that was clicked
     * since (finished in moments, say) does not stand in the way: the new one gets an id of its own.
     */
    private Start insertOnce(Function<String, Conversation> started) {
        Conversation first = started.apply("");
        String id = UUID.nameUUIDFromBytes(String.join("\n", first.teamId(), first.userId(), first.kind().name(),
                first.targetGuideId(), Long.toString(first.startedAt().toEpochMilli() / REPEATED_START.toMillis()))
                .getBytes(StandardCharsets.UTF_8)).toString();
        Conversation conversation = started.apply(id);
        try {
            conversations.insert(conversation);
            return new Start.Started(conversation);
        } catch (RuntimeException e) {
            Optional<Conversation> there = conversations.find(id);
            if (there.isEmpty()) {
                throw e;
            }
            Optional<Conversation> same = justStarted(List.of(there.get()), conversation.kind(), clock.instant());
            if (same.isPresent()) {
                LOG.debug("a start repeated at once keeps conversation {}", id);
                return new Start.AlreadyStarted(same.get());
            }
            Conversation own = started.apply(ids.get());
            conversations.insert(own);
            return new Start.Started(own);
        }
    }

    private Map<String, String> premarks(String teamId, String userId, Guide own, Guide target,
                                         ConversationKind kind, SameSkills sameSkills) {
        Optional<Conversation> ownCheck = conversations.finishedChecks(teamId, userId, HISTORY).stream()
                .filter(c -> !c.isTowardRole() && c.guideId().equals(own.id())).findFirst();
        Map<String, String> premarked = new HashMap<>();
        if (ownCheck.isEmpty()) {
            return premarked;
        }
        Map<String, Rating> rated = ownCheck.get().ratings();
        List<String> knownRefs = new ArrayList<>();
        List<Item> known = new ArrayList<>();
        // A pitfall is rated by how often it trips one up, not how well it is known: it is matched with no skill.
        rated.keySet().stream().filter(ref -> !Pitfalls.isPitfall(own, ref))
                .forEach(ref -> own.item(ref).ifPresent(item -> {
                    knownRefs.add(ref);
                    known.add(item);
                }));
        List<String> targetRefs = new ArrayList<>();
        List<Item> targets = new ArrayList<>();
        for (String sectionKind : kind.sectionKinds(target)) {
            target.sectionOfKind(sectionKind).ifPresent(section -> section.allItems().forEach(item -> {
                String ref = section.id() + "/" + item.id();
                if (!Pitfalls.isPitfall(target, ref)) {
                    targetRefs.add(ref);
                    targets.add(item);
                }
            }));
        }
        if (known.isEmpty() || targets.isEmpty()) {
            return premarked;
        }
        int[] matched = sameSkills.match(known, targets);
        for (int t = 0; t < matched.length; t++) {
            if (matched[t] >= 0) {
                premarked.put(targetRefs.get(t), rated.get(knownRefs.get(matched[t])).name());
            }
        }
        return premarked;
    }

    private List<Conversation> sameSort(String teamId, String userId, ConversationKind kind, String targetGuideId) {
        return conversations.open(teamId, userId).stream()
                .filter(c -> c.kind().isSkillCheck() == kind.isSkillCheck())
                .filter(c -> c.targetGuideId().equals(targetGuideId))
                .toList();
    }

    private Conversation create(String teamId, String userId, Guide guide, ConversationKind kind, Instant now) {
        Conversation conversation = ConversationEngine.start(ids.get(), teamId, userId, guide, kind, now);
        conversations.insert(conversation);
        LOG.debug("started {} {} on guide {}", kind, conversation.id(), guide.id());
        return conversation;
    }

    /**
     * Applies a click by {@code userId} of {@code teamId} to the stored conversation. Only its owner may change
     * it: a button's value is not a credential, so anyone else gets {@link Transition.NotOwner} and nothing changes.
     * Accepted means the new state is stored; when another click won the race for the same version, the answer is
     * {@link Transition.Stale} with the state that won.
     */
    public Transition handle(String conversationId, String teamId, String userId, ConversationEvent event) {
        Optional<Conversation> stored = conversations.find(conversationId);
        if (stored.isEmpty()) {
            return new Transition.Gone(conversationId);
        }
        Conversation current = stored.get();
        if (!current.teamId().equals(teamId) || !current.userId().equals(userId)) {
            return new Transition.NotOwner(conversationId);
        }
        Instant now = clock.instant();
        if (current.isExpired(now, expiry)) {
            return new Transition.Expired(current);
        }
        if (current.isOpen() && !isServed(current)) {
            // Its questions are items of that guide: no other guide can ask them.
            conversations.delete(current.id());
            LOG.debug("conversation {} ended: guide {} is no longer served", conversationId, current.guideId());
            return new Transition.GuideRemoved(current);
        }
        Transition transition = ConversationEngine.apply(current, event, now, guideOf(current));
        if (transition instanceof Transition.Accepted accepted
                && !conversations.replace(accepted.conversation(), current.version())) {
            LOG.debug("lost the race on conversation {} version {}", conversationId, current.version());
            return conversations.find(conversationId)
                    .<Transition>map(Transition.Stale::new)
                    .orElseGet(() -> new Transition.Gone(conversationId));
        }
        return transition;
    }

    public Optional<Conversation> find(String conversationId) {
        return conversations.find(conversationId);
    }

    /**
     * True while the guide the conversation asks from is served and still has one of its questions at least: a
     * guide whose section it asked from was removed or renamed has nothing of it left to ask or to sum up.
     */
    private boolean isServed(Conversation conversation) {
        return guides.get().find(conversation.guideId())
                .filter(guide -> conversation.questions().stream().anyMatch(q -> guide.item(q).isPresent()))
                .isPresent();
    }

    /** The guide a conversation was started on; the default guide if that one was removed since. */
    public Guide guideOf(Conversation conversation) {
        GuideLibrary library = guides.get();
        return library.find(conversation.guideId()).orElseGet(library::defaultGuide);
    }

    /** The latest finished skill check compared with the one before; empty when the user never finished one. */
    public Optional<ProgressReport> progress(String teamId, String userId) {
        List<Conversation> checks = conversations.finishedChecks(teamId, userId, HISTORY).stream()
                .filter(c -> !c.isTowardRole()).limit(2).toList();
        if (checks.isEmpty()) {
            return Optional.empty();
        }
        Conversation latest = checks.get(0);
        return Optional.of(ProgressReport.of(latest, checks.stream().skip(1).findFirst(), guideOf(latest)));
    }

    /**
     * The checks toward other roles, apart from the own-role check: per target role, the latest finished check
     * compared with the one before toward the same role, most recent first.
     */
    public List<ProgressReport> progressTowardRoles(String teamId, String userId) {
        Map<String, List<Conversation>> byTarget = new LinkedHashMap<>();
        conversations.finishedChecks(teamId, userId, HISTORY).stream().filter(Conversation::isTowardRole)
                .forEach(c -> byTarget.computeIfAbsent(c.targetGuideId(), id -> new ArrayList<>()).add(c));
        List<ProgressReport> reports = new ArrayList<>();
        byTarget.values().forEach(checks -> reports.add(ProgressReport.of(checks.get(0),
                checks.stream().skip(1).findFirst(), guideOf(checks.get(0)))));
        return reports;
    }

    /** The plan the person last saved toward the role of that guide. */
    public Optional<Plan> latestPlanToward(String teamId, String userId, String targetGuideId) {
        return plans.latestToward(teamId, userId, targetGuideId);
    }

    /**
     * The plan a finished conversation ended with, for its owner only: the actions of the top gaps of a skill
     * check, or what remains after a steps walk.
     */
    public Optional<Plan> planOf(String conversationId, String userId) {
        return conversations.find(conversationId)
                .filter(c -> c.userId().equals(userId) && c.status() == Conversation.Status.FINISHED)
                .map(c -> c.kind().isSkillCheck()
                        ? SkillCheckResult.of(c, guideOf(c)).plan(c.teamId(), c.userId()).toward(c.targetGuideId())
                        : WalkResult.of(c, guideOf(c)).plan(c.teamId(), c.userId(), clock.instant()));
    }

    /**
     * Shares the plan of the owner's finished conversation with a viewer (their manager): saves it as the owner's
     * latest plan and lets the viewer see that plan, and no later one. Empty when the conversation is not the
     * owner's, not finished, or ended without steps (there is nothing to share).
     */
    public Optional<Plan> sharePlan(String conversationId, String ownerId, String viewerId) {
        Optional<Plan> plan = planOf(conversationId, ownerId).filter(p -> !p.entries().isEmpty());
        plan.ifPresent(p -> plans.share(p, viewerId, clock.instant()));
        return plan;
    }

    /** For the owner their latest plan; for a viewer the plan the owner shared with them; else empty. */
    public Optional<Plan> planVisibleTo(String teamId, String ownerId, String viewerId) {
        return plans.latestVisibleTo(teamId, ownerId, viewerId);
    }

    /** The plans the owner shared, and with whom. */
    public List<SavedPlans.PlanShare> sharesBy(String teamId, String ownerId) {
        return plans.sharesBy(teamId, ownerId);
    }

    /** Stops sharing the owner's plan with the viewer; true when it was shared. */
    public boolean revokeShare(String teamId, String ownerId, String viewerId) {
        boolean revoked = plans.revoke(teamId, ownerId, viewerId);
        LOG.debug("plan share revoked: {}", revoked);
        return revoked;
    }

    /**
     * Keeps the plan as the owner's latest. A plan without steps is refused (false) and changes nothing, so an
     * empty result never replaces a useful saved plan.
     */
    public boolean savePlan(Plan plan) {
        if (plan.entries().isEmpty()) {
            return false;
        }
        plans.save(plan);
        return true;
    }

    /** True when the guide has something to ask in a conversation of this kind (a section with items). */
    public static boolean canStart(Guide guide, ConversationKind kind) {
        return ConversationEngine.hasQuestions(guide, kind);
    }

    public Optional<Plan> latestPlan(String teamId, String userId) {
        return plans.latest(teamId, userId);
    }

    public Duration expiry() {
        return expiry;
    }
}
