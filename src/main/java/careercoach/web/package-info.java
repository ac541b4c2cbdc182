/** HTTP: the Javalin server, the Bolt adapter with its UTF-8 signature check, distribution mode's install pages, health and metrics; of the app it uses only failure (how a listener's failure is told apart and logged) and config (where the install pages are). */
package careercoach.web;
