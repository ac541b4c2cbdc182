/** Storage: JDBC repositories, migrations and in-memory stand-ins implementing the domain ports; uses the domain packages, never Slack or HTTP. */
package careercoach.store;
