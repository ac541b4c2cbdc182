/**
 * Importing a career ladder: reads a ladder written in Markdown or plain text (headings, lists, salary lines,
 * numbered steps, text copied from a page with its blocks run together) and writes it as a guide file in the shipped
 * guides' style. Pure: no Slack, HTTP or JDBC; the command line reads and writes the files.
 */
package careercoach.ladder;
