package careercoach.ladder;

import careercoach.guide.Guide;

import java.util.List;
import java.util.Optional;

/**
 * A ladder read as a guide: the guide, its YAML in the shipped guides' style, the lines of the ladder that are not
 * in it, and notes on what the import decided for the author to check (links it did not make). Imported over the
 * guide it was imported as before, {@code ids} says what became of that guide's item ids. {@code headingsNotRead}
 * is how many lines read like headings of sections the guide lacks, when they are so many that the guide came out
 * with far fewer sections than the ladder has headings (a note says which); 0 otherwise.
 */
public record ImportedLadder(Guide guide, String yaml, List<UnplacedLine> unplaced, List<String> notes,
                             Optional<Ids> ids, int headingsNotRead) {

    /**
     * The item ids of a guide imported again: how many items kept theirs, the items with an id the guide there did
     * not have, that guide's items now in another section (as {@code from-section/item-id → section-id/item-id
     * ('label')}), and that guide's items no longer in it; each as {@code section-id/item-id ('label')}.
     */
    public record Ids(int kept, List<String> added, List<String> moved, List<String> gone) {
        public Ids {
            added = List.copyOf(added);
            moved = List.copyOf(moved);
            gone = List.copyOf(gone);
        }
    }

    public ImportedLadder {
        unplaced = List.copyOf(unplaced);
        notes = List.copyOf(notes);
        ids = ids == null ? Optional.empty() : ids;
    }

    public ImportedLadder(Guide guide, String yaml, List<UnplacedLine> unplaced, List<String> notes) {
        this(guide, yaml, unplaced, notes, Optional.empty(), 0);
    }

    public int itemCount() {
        return guide.sections().stream().mapToInt(s -> s.allItems().size()).sum();
    }
}
