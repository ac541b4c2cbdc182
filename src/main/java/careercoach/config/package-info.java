/** Config: the environment variables, checked at start; uses nothing else of the app but the installations domain, to read the token keys. */
package careercoach.config;
