/**
 * The content loop for guide authors: what the bot could not answer (recorded without user ids), the report built
 * from it, and guides reloaded from index-data while the server runs. No Slack, HTTP or JDBC.
 */
package careercoach.content;
