package careercoach.slack.install;

import careercoach.install.InstallationRepository;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.service.OAuthStateService;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Bolt's OAuth state, kept in the database: any instance completes an install another one started. The state
 * travels in the query string and in a cookie of the installer's browser; the callback must bring both, equal, and
 * the database must still hold it. It is used up as it is checked, so of two callbacks with one state (a replay,
 * a double submit) only one can pass, and only within {@link #getExpirationInSeconds()} of the start.
 */
final class DatabaseOAuthStates implements OAuthStateService {
    static final Duration LIFETIME = Duration.ofMinutes(10);
    static final String COOKIE = "slack-app-oauth-state";

    private final InstallationRepository repository;
    private final Clock clock;

    DatabaseOAuthStates(InstallationRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    @Override
    public String getSessionCookieName() {
        return COOKIE;
    }

    @Override
    public long getExpirationInSeconds() {
        return LIFETIME.toSeconds();
    }

    /** As Bolt's, with the cookie sent back only to the OAuth paths and kept from cross-site posts. */
    @Override
    public String issueNewState(Request request, Response response) throws Exception {
        String state = generateNewStateValue();
        addNewStateToDatastore(state);
        List<String> cookies = new ArrayList<>(response.getHeaders().getOrDefault("Set-Cookie", List.of()));
        cookies.add(COOKIE + "=" + state + "; Secure; HttpOnly; SameSite=Lax; Path=/slack; Max-Age="
                + getExpirationInSeconds());
        response.getHeaders().put("Set-Cookie", cookies);
        return state;
    }

    @Override
    public void addNewStateToDatastore(String state) {
        repository.addState(state, clock.instant().plus(LIFETIME));
    }

    /** True once for a state that was issued and has not expired: checking it uses it up. */
    @Override
    public boolean isAvailableInDatabase(String state) {
        return repository.consumeState(state, clock.instant());
    }

    /** Already used up by {@link #isAvailableInDatabase}. */
    @Override
    public void deleteStateFromDatastore(String state) {
    }

    /** The cookie is cleared whatever became of the callback. */
    void clearCookie(Response response) {
        List<String> cookies = new ArrayList<>(response.getHeaders().getOrDefault("Set-Cookie", List.of()));
        cookies.add(COOKIE + "=deleted; Secure; HttpOnly; SameSite=Lax; Path=/slack; Max-Age=0");
        response.getHeaders().put("Set-Cookie", cookies);
    }
}
