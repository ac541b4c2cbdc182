package careercoach.store;

import careercoach.privacy.PersonalData;
import careercoach.workflow.WorkflowRun;
import careercoach.workflow.WorkflowRuns;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The runs of workflow steps, one row per function execution. */
public final class JdbcWorkflowRuns implements WorkflowRuns, PersonalData {
    private final Jdbc jdbc;

    public JdbcWorkflowRuns(Database database) {
        this.jdbc = new Jdbc(database.dataSource());
    }

    @Override
    public boolean claim(WorkflowRun run) {
        return jdbc.insertIfAbsent("INSERT INTO workflow_run (execution_id, team_id, step, person_id, runner_id, state,"
                        + " started_at, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                run.executionId(), run.teamId(), run.step(), run.personId(), run.runnerId(), run.state().name(),
                run.startedAt().map(JdbcWorkflowRuns::utc).orElse(null), utc(run.createdAt()));
    }

    @Override
    public Optional<WorkflowRun> find(String teamId, String executionId) {
        return jdbc.queryOne("SELECT execution_id, team_id, step, person_id, runner_id, state, started_at, created_at"
                + " FROM workflow_run WHERE team_id = ? AND execution_id = ?", JdbcWorkflowRuns::run, teamId,
                executionId);
    }

    @Override
    public void waiting(String executionId) {
        jdbc.update("UPDATE workflow_run SET state = ? WHERE execution_id = ? AND state = ?",
                WorkflowRun.State.WAITING.name(), executionId, WorkflowRun.State.RUNNING.name());
    }

    @Override
    public boolean start(String teamId, String executionId, String personId, Instant at) {
        return jdbc.update("UPDATE workflow_run SET state = ?, started_at = ? WHERE team_id = ? AND execution_id = ?"
                        + " AND person_id = ? AND state = ?", WorkflowRun.State.STARTED.name(), utc(at), teamId,
                executionId, personId, WorkflowRun.State.WAITING.name()) == 1;
    }

    @Override
    public void finish(String executionId, WorkflowRun.State state) {
        jdbc.update("UPDATE workflow_run SET state = ? WHERE execution_id = ?", state.name(), executionId);
    }

    @Override
    public List<WorkflowRun> unfinished(Instant before) {
        return jdbc.query("SELECT execution_id, team_id, step, person_id, runner_id, state, started_at, created_at"
                        + " FROM workflow_run WHERE (state = ? AND created_at < ?) OR (state = ? AND started_at < ?)"
                        + " ORDER BY created_at", JdbcWorkflowRuns::run, WorkflowRun.State.RUNNING.name(), utc(before),
                WorkflowRun.State.STARTED.name(), utc(before));
    }

    @Override
    public boolean settle(String executionId, WorkflowRun.State from, WorkflowRun.State to) {
        return jdbc.update("UPDATE workflow_run SET state = ? WHERE execution_id = ? AND state = ?", to.name(),
                executionId, from.name()) == 1;
    }

    @Override
    public void made(String executionId, long checklistId) {
        jdbc.update("UPDATE workflow_run SET checklist_id = ? WHERE execution_id = ?", checklistId, executionId);
    }

    @Override
    public Optional<Long> checklistOf(String executionId) {
        return jdbc.queryOne("SELECT checklist_id FROM workflow_run WHERE execution_id = ? AND checklist_id IS NOT NULL",
                row -> row.getLong(1), executionId);
    }

    @Override
    public boolean leftByFailedRun(String teamId, long checklistId) {
        List<String> states = jdbc.query("SELECT state FROM workflow_run WHERE team_id = ? AND checklist_id = ?",
                row -> row.getString(1), teamId, checklistId);
        return states.contains(WorkflowRun.State.FAILED.name())
                && !states.contains(WorkflowRun.State.COMPLETED.name());
    }

    @Override
    public Map<String, Integer> forget(String teamId, String userId) {
        // A run not ended yet keeps its row without the user, so that it still ends: one waiting for this person can
        // no longer be started, and is left to the sweep of unfinished runs to fail.
        String running = WorkflowRun.State.RUNNING.name();
        String waiting = WorkflowRun.State.WAITING.name();
        String started = WorkflowRun.State.STARTED.name();
        int removed = jdbc.update("UPDATE workflow_run SET person_id = '', state = ? WHERE team_id = ? AND person_id = ?"
                + " AND state = ?", running, teamId, userId, waiting);
        removed += jdbc.update("UPDATE workflow_run SET person_id = '' WHERE team_id = ? AND person_id = ?"
                + " AND state IN (?, ?)", teamId, userId, running, started);
        removed += jdbc.update("UPDATE workflow_run SET runner_id = '' WHERE team_id = ? AND runner_id = ?"
                + " AND state IN (?, ?, ?)", teamId, userId, running, waiting, started);
        int deleted = jdbc.update("DELETE FROM workflow_run WHERE team_id = ? AND (person_id = ? OR runner_id = ?)",
                teamId, userId, userId);
        Map<String, Integer> forgotten = new java.util.LinkedHashMap<>();
        forgotten.put("workflow step runs", deleted);
        if (removed > 0) {
            forgotten.put("unfinished workflow steps you were removed from", removed);
        }
        return forgotten;
    }

    private static WorkflowRun run(ResultSet row) throws SQLException {
        OffsetDateTime started = row.getObject(7, OffsetDateTime.class);
        return new WorkflowRun(row.getString(1), row.getString(2), row.getString(3), row.getString(4),
                row.getString(5), WorkflowRun.State.valueOf(row.getString(6)),
                Optional.ofNullable(started).map(OffsetDateTime::toInstant),
                row.getObject(8, OffsetDateTime.class).toInstant());
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
