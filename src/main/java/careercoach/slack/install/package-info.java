/** Distribution mode in Slack: the "Add to Slack" pages, each request authorized with its own workspace's installation, uninstalls and revoked tokens; uses the kit and the installations domain, no other feature. */
package careercoach.slack.install;
