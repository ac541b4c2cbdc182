/** Checklists in Slack: the share modal, the channel message and its ticks, the due-date reminder DM, and the checklists' part of the App Home; uses the kit and the domain, no other feature. */
package careercoach.slack.checklist;
