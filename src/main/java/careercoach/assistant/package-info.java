/**
 * Assistant threads: the conversations a person opens with the coach in Slack's assistant view, whose they are,
 * which channel they were viewing, and the prompts suggested when one starts. No Slack types here.
 */
package careercoach.assistant;
