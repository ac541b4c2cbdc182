/** Command line tools: search, validate, report, new-guide and import, run without the server (serve is the composition root's); uses config, store and the domain. */
package careercoach.cli;
