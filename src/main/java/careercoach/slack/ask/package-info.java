/** Questions in Slack: /career ask, DMs and @mentions answered by the search, greetings, and the 👍/👎 feedback; uses the kit and the domain, no other feature. */
package careercoach.slack.ask;
