/**
 * Command line: serve, search, validate, report, new-guide and import; uses the composition root, config, store and
 * the domain.
 */
package careercoach.cli;
