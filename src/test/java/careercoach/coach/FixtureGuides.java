package careercoach.coach;

import careercoach.guide.Guide;
import careercoach.guide.GuideLibrary;

import java.util.List;

/** The fixture guide for tests outside this package. */
public final class FixtureGuides {

    private FixtureGuides() {
    }

    public static Guide guide() {
        return FixtureGuide.GUIDE;
    }

    public static GuideLibrary library() {
        return new GuideLibrary(List.of(FixtureGuide.GUIDE));
    }
}
