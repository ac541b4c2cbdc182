/** Rules for text people type: what is kept of it before it is stored or shown. */
package careercoach.text;
