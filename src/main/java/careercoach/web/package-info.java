/** HTTP: the Javalin server, the Bolt adapter with its UTF-8 signature check, health and metrics; of the app it uses only failure (how a listener's failure is told apart and logged). */
package careercoach.web;
