/** Questions in Slack: /career ask, DMs and @mentions (the message router's fallback) answered by the search, greetings, and the 👍/👎 feedback; uses the kit and the domain, no other feature. */
package careercoach.slack.ask;
