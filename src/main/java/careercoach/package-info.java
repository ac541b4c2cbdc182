/** The composition root (CareerCoachApp, Main, Stores): builds every part by constructor from the environment; may use every package. */
package careercoach;
