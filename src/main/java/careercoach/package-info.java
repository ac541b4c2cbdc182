/** The composition root: CareerCoachApp and Stores build every part by constructor; ServeCommand reads the environment and serves until stopped; Main dispatches the jar's commands; may use every package. */
package careercoach;
