package careercoach.store;

import java.time.Instant;

/**
 * The signatures of the signed Slack requests taken, so that the same request sent again while its signature is
 * still accepted (a replay) is told apart. Shared through the store when several instances run.
 */
public interface SeenSignatures {

    /**
     * Records a request's signature; true the first time (the request is to be taken), false when it was recorded
     * before, here or by another instance.
     *
     * @param expiresAt when the signature stops being accepted; it may be forgotten after that
     */
    boolean firstTime(String signature, Instant expiresAt);
}
