/** Search: the guides as served (reloaded when index-data changes), their Lucene index and the answerer (question to guide to ranked sections to Answer with confidence); uses guide only; no Slack, HTTP or JDBC. */
package careercoach.search;
