package careercoach.ladder;

import careercoach.guide.Guide;

import java.util.List;

/**
 * A ladder read as a guide: the guide, its YAML in the shipped guides' style, the lines of the ladder that are not
 * in it, and notes on what the import decided for the author to check (links it did not make).
 */
public record ImportedLadder(Guide guide, String yaml, List<UnplacedLine> unplaced, List<String> notes) {

    public ImportedLadder {
        unplaced = List.copyOf(unplaced);
        notes = List.copyOf(notes);
    }

    public int itemCount() {
        return guide.sections().stream().mapToInt(s -> s.allItems().size()).sum();
    }
}
