/** Coaching: the skill-gap check and steps walk as a pure state machine, and the plans they make; uses guide; no Slack, HTTP or JDBC. */
package careercoach.coach;
