/** Workflow Builder custom steps: share a next-step checklist, ask someone to run a skill check. */
package careercoach.slack.workflow;
