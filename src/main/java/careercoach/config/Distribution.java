package careercoach.config;

import careercoach.install.TokenKeys;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/**
 * Distribution mode's settings: the app's OAuth credentials, the keys that seal tokens at rest, how long a removed
 * installation's data is kept, and the redirect URL when Slack must be told which one. {@link #toString()} shows
 * no secret.
 *
 * @param redirectUri the full {@code https://host/slack/oauth_redirect}; needed only when the app lists several
 */
public record Distribution(String clientId, String clientSecret, TokenKeys tokenKeys, Duration uninstallRetention,
                           Optional<URI> redirectUri) {

    public static final Duration DEFAULT_UNINSTALL_RETENTION = Duration.ofDays(30);
    /** Where Slack sends the installer back, and where they start. */
    public static final String REDIRECT_PATH = "/slack/oauth_redirect";
    public static final String INSTALL_PATH = "/slack/install";

    @Override
    public String toString() {
        return "Distribution[clientId=" + clientId + ", clientSecret=(set), tokenKeys=" + tokenKeys
                + ", uninstallRetention=" + uninstallRetention + ", redirectUri="
                + redirectUri.map(URI::toString).orElse("(the app's)") + "]";
    }
}
