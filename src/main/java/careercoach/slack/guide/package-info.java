/** Guide sections in Slack: /career skills, steps, path and the other section commands, Share in channel, the guide's part of the App Home; uses the kit and the domain, no other feature. */
package careercoach.slack.guide;
