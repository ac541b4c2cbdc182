/** Guides: the content model and the loader that reads index-data/ and reports file:line problems; pure, no Slack, HTTP or JDBC. */
package careercoach.guide;
