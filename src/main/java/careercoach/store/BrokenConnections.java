package careercoach.store;

import com.zaxxer.hikari.SQLExceptionOverride;

import java.sql.SQLException;
import java.util.Set;

/**
 * Tells the connection pool which failures mean the connection itself is dead, beyond the SQL states it knows
 * ({@code 08...}): H2's "connection broken" and "database closed" codes. Without this a networked H2 connection
 * broken by an outage could be handed out again and again after the database came back.
 */
public final class BrokenConnections implements SQLExceptionOverride {
    /** H2: CONNECTION_BROKEN_1, DATABASE_IS_CLOSED, DATABASE_CALLED_AT_SHUTDOWN. */
    private static final Set<Integer> H2_DEAD_CONNECTION = Set.of(90067, 90098, 90121);

    @java.lang.Override
    public Override adjudicate(SQLException e) {
        return H2_DEAD_CONNECTION.contains(e.getErrorCode()) ? Override.MUST_EVICT : Override.CONTINUE_EVICT;
    }
}
