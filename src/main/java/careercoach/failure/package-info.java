/** Failures as the edges tell them apart: the store out of reach (StoreException, thrown by store, answered politely by the Slack kit) and a sender's malformed input, logged in one line (Failures, used by web and the Slack kit); uses nothing else of the app. */
package careercoach.failure;
