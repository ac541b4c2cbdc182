/**
 * Workflow Builder steps as the coach runs them: each run of a step (one Slack function execution) is claimed once,
 * remembered while it waits for a person, and finished once; no Slack, HTTP or JDBC.
 */
package careercoach.workflow;
