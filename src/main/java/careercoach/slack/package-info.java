/** The Slack kit every feature uses: the Bolt app, the surface a feature installs on, the /career command registry and the router of direct messages and mentions, the App Home tab, Mrkdwn, retrying Web API calls, event de-duplication, cross-feature action ids; imports no feature. */
package careercoach.slack;
