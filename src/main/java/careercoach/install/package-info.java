/** Installations of the app in distribution mode: their tokens sealed at rest, refreshed once across instances, removed and their data deleted after the grace period; no Slack, HTTP or JDBC. */
package careercoach.install;
