/** Roles connected in Slack: /career compare and "what changes if I move from X to Y?" in a DM, side by side, shared in a channel; uses the kit and the domain, no other feature. */
package careercoach.slack.paths;
