package careercoach.privacy;

import java.util.Map;

/**
 * A store that keeps something about a person. {@code /career forget-me} asks every such store to delete it.
 */
public interface PersonalData {

    /**
     * Deletes everything this store keeps about the user.
     *
     * @return how many records of each kind were deleted, by a short human-readable kind ("skill check results");
     *         kinds with nothing deleted may be left out
     */
    Map<String, Integer> forget(String teamId, String userId);
}
