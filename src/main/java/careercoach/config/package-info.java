/** Config: the environment variables, checked at start; uses nothing else of the app. */
package careercoach.config;
