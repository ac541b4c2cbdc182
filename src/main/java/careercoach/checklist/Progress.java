package careercoach.checklist;

/** How far a checklist is: "3 of 7 done". */
public record Progress(int done, int total) {

    public boolean complete() {
        return total > 0 && done == total;
    }

    public String text() {
        return done + " of " + total + " done";
    }
}
