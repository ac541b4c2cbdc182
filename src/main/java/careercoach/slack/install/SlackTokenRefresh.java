package careercoach.slack.install;

import careercoach.install.TokenRefresh;
import careercoach.install.TokenRefreshException;
import com.slack.api.Slack;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.oauth.OAuthV2AccessResponse;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Clock;

/** A rotating token's refresh through Slack's {@code oauth.v2.access} ({@code grant_type=refresh_token}). */
final class SlackTokenRefresh implements TokenRefresh {
    private final Slack slack;
    private final String clientId;
    private final String clientSecret;
    private final Clock clock;

    SlackTokenRefresh(Slack slack, String clientId, String clientSecret, Clock clock) {
        this.slack = slack;
        this.clientId = clientId;
        this.clientSecret = clientSecret;
        this.clock = clock;
    }

    @Override
    public Refreshed refresh(String refreshToken) {
        OAuthV2AccessResponse answer;
        try {
            answer = slack.methods().oauthV2Access(r -> r.clientId(clientId).clientSecret(clientSecret)
                    .grantType("refresh_token").refreshToken(refreshToken));
        } catch (InterruptedIOException e) {
            throw new TokenRefreshException("timeout", e);
        } catch (IOException e) {
            throw new TokenRefreshException("network_error", e);
        } catch (SlackApiException e) {
            throw new TokenRefreshException("http_" + e.getResponse().code(), e);
        }
        if (!answer.isOk()) {
            throw new TokenRefreshException(answer.getError() == null ? "unknown" : answer.getError(), null);
        }
        if (answer.getAccessToken() == null || answer.getRefreshToken() == null || answer.getExpiresIn() == null) {
            throw new TokenRefreshException("incomplete_answer", null);
        }
        return new Refreshed(answer.getAccessToken(), answer.getRefreshToken(),
                clock.instant().plusSeconds(answer.getExpiresIn()));
    }
}
