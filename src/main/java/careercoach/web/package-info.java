/** HTTP: the Javalin server, the Bolt adapter with its UTF-8 signature check, health and metrics; uses no other package of the app. */
package careercoach.web;
