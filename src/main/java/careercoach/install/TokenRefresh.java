package careercoach.install;

import java.time.Instant;

/** The exchange of a rotating token's refresh token for a new token (Slack's {@code oauth.v2.access}). */
@FunctionalInterface
public interface TokenRefresh {

    /** @throws TokenRefreshException when Slack refuses or cannot be reached */
    Refreshed refresh(String refreshToken);

    /** A new token, the refresh token to use next time, and when the new token expires. */
    record Refreshed(String botToken, String refreshToken, Instant expiresAt) {
        @Override
        public String toString() {
            return "Refreshed[expires " + expiresAt + "]";
        }
    }
}
