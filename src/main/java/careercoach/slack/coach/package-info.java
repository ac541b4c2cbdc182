/** Guided conversations in Slack: skill-gap check, steps walk, progress, forget-me, and the coach's part of the App Home; uses the kit and the domain, no other feature. */
package careercoach.slack.coach;
