/** Checklists: share, tick, authorize, audit and remind, as pure rules over a repository port; uses guide and coach; no Slack, HTTP or JDBC. */
package careercoach.checklist;
