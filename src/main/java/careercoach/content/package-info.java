/**
 * The content loop for guide authors: what the bot could not answer (recorded without user ids, purged after 90
 * days) and the report built from it, with what the last reload of the guides found wrong. No Slack, HTTP or JDBC.
 */
package careercoach.content;
