package careercoach.checklist;

import java.util.List;

/** The plan a person saved from the skill-gap check, as checklist items, if they let the viewer see it. */
@FunctionalInterface
public interface SharedPlans {

    /** The person's plan when the viewer is the person or someone they shared it with; otherwise empty. */
    List<NewItem> planVisibleTo(String teamId, String personId, String viewerId);

    SharedPlans NONE = (teamId, personId, viewerId) -> List.of();
}
