/** The Slack kit every feature uses: the Bolt app (over HTTP or Socket Mode), the surface a feature installs on, the /career command registry and the router of direct messages and mentions, the App Home tab, Mrkdwn, retrying Web API calls, event de-duplication (over its ProcessedEvents port), refusals, cross-feature action ids; imports no feature. */
package careercoach.slack;
