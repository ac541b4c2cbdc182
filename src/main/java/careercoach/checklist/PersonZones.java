package careercoach.checklist;

import java.time.ZoneId;
import java.time.ZoneOffset;

/** A person's time zone, for due dates and reminders on their own day. */
@FunctionalInterface
public interface PersonZones {

    /** The user's zone; UTC when it is not known. */
    ZoneId zoneOf(String teamId, String userId);

    PersonZones UTC = (teamId, userId) -> ZoneOffset.UTC;
}
