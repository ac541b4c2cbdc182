/** Command line: serve, search and validate; uses the composition root, config, store and the domain. */
package careercoach.cli;
