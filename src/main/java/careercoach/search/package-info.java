/** Search: the Lucene index over guides and the answerer (question to Answer with confidence); uses guide only; no Slack, HTTP or JDBC. */
package careercoach.search;
