package careercoach.workflow;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Runs kept by this process only, for stores that have no database. */
public final class InMemoryWorkflowRuns implements WorkflowRuns {
    private final Map<String, WorkflowRun> runs = new ConcurrentHashMap<>();
    private final Map<String, Long> checklists = new ConcurrentHashMap<>();

    @Override
    public boolean claim(WorkflowRun run) {
        return runs.putIfAbsent(run.executionId(), run) == null;
    }

    @Override
    public Optional<WorkflowRun> find(String teamId, String executionId) {
        return Optional.ofNullable(runs.get(executionId)).filter(r -> r.teamId().equals(teamId));
    }

    @Override
    public void waiting(String executionId) {
        runs.computeIfPresent(executionId, (id, r) -> with(r, WorkflowRun.State.WAITING, r.startedAt()));
    }

    @Override
    public synchronized boolean start(String teamId, String executionId, String personId, Instant at) {
        WorkflowRun run = runs.get(executionId);
        if (run == null || !run.teamId().equals(teamId) || !run.personId().equals(personId)
                || run.state() != WorkflowRun.State.WAITING) {
            return false;
        }
        runs.put(executionId, with(run, WorkflowRun.State.STARTED, Optional.of(at)));
        return true;
    }

    @Override
    public void finish(String executionId, WorkflowRun.State state) {
        runs.computeIfPresent(executionId, (id, r) -> with(r, state, r.startedAt()));
    }

    @Override
    public List<WorkflowRun> unfinished(Instant before) {
        return runs.values().stream().filter(r -> r.state() == WorkflowRun.State.RUNNING
                        && r.createdAt().isBefore(before) || r.state() == WorkflowRun.State.STARTED
                        && r.startedAt().orElse(r.createdAt()).isBefore(before))
                .sorted(Comparator.comparing(WorkflowRun::createdAt)).toList();
    }

    @Override
    public synchronized boolean settle(String executionId, WorkflowRun.State from, WorkflowRun.State to) {
        WorkflowRun run = runs.get(executionId);
        if (run == null || run.state() != from) {
            return false;
        }
        runs.put(executionId, with(run, to, run.startedAt()));
        return true;
    }

    @Override
    public void made(String executionId, long checklistId) {
        if (runs.containsKey(executionId)) {
            checklists.put(executionId, checklistId);
        }
    }

    @Override
    public Optional<Long> checklistOf(String executionId) {
        return Optional.ofNullable(checklists.get(executionId));
    }

    @Override
    public boolean leftByFailedRun(String teamId, long checklistId) {
        List<WorkflowRun.State> states = checklists.entrySet().stream().filter(e -> e.getValue() == checklistId)
                .map(e -> runs.get(e.getKey())).filter(r -> r != null && r.teamId().equals(teamId))
                .map(WorkflowRun::state).toList();
        return states.contains(WorkflowRun.State.FAILED) && !states.contains(WorkflowRun.State.COMPLETED);
    }

    private static WorkflowRun with(WorkflowRun r, WorkflowRun.State state, Optional<Instant> startedAt) {
        return new WorkflowRun(r.executionId(), r.teamId(), r.step(), r.personId(), r.runnerId(), state, startedAt,
                r.createdAt());
    }
}
