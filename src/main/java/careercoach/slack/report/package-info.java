/** {@code /career report} for guide authors: what the bot could not answer, 👎 by section, reload problems. */
package careercoach.slack.report;
