package careercoach.slack;

import com.slack.api.model.block.LayoutBlock;

import java.util.List;

/** One feature's part of a user's App Home, added to the {@link HomeTab} when the feature is installed. */
@FunctionalInterface
public interface HomeSection {

    /** This part for the user, in at most {@code room} blocks (the Home holds 100 in all). */
    List<LayoutBlock> blocks(String teamId, String userId, int room);
}
