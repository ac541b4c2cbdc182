package careercoach.web;

import java.time.Instant;

/**
 * The signatures of the signed Slack requests taken, so that the same request sent again while its signature is
 * still accepted (a replay) is told apart. The composition root fills it: in memory where one process owns the
 * database, from the store's shared table when several instances run (the store knows no web code).
 */
@FunctionalInterface
public interface SeenSignatures {

    /**
     * Records a request's signature; true the first time (the request is to be taken), false when it was recorded
     * before, here or by another instance.
     *
     * @param expiresAt when the signature stops being accepted; it may be forgotten after that
     */
    boolean firstTime(String signature, Instant expiresAt);
}
