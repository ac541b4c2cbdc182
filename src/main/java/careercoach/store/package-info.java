/** Storage: JDBC repositories and migrations implementing the domain's ports and privacy's, and the deliveries the composition root gives the Slack kit; uses the domain packages, privacy and failure, never Slack or HTTP. */
package careercoach.store;
