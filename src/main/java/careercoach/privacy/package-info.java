/** Privacy: the port every store that keeps something about a person implements (PersonalData), and forget-me over all of them (ForgetMe); uses nothing else of the app; no Slack, HTTP or JDBC. */
package careercoach.privacy;
