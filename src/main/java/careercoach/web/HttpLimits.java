package careercoach.web;

import java.time.Duration;

/**
 * What one HTTP client may cost the server. Slack sends small bodies (a few KB) quickly from its own data centres,
 * so anything slow or large is an attack or a fault and is dropped early, without holding a thread.
 *
 * @param maxBodyBytes        larger bodies get 413, whether announced by {@code Content-Length} or sent chunked
 * @param minBodyBytesPerSecond a body arriving slower than this (averaged since its first wait) is dropped
 * @param bodyDeadline        a body not complete this long after the headers is dropped (408)
 * @param requestIdleTimeout  no byte in or out for this long while a request is open ends it
 * @param connectionIdleTimeout an idle kept-alive connection is closed after this
 * @param maxConnections      connections beyond this wait in the accept backlog; from three quarters of it on, the
 *                            connections carrying no request (idle, or still sending their headers) for a second
 *                            are closed
 * @param maxThreads          server threads (acceptor and selectors included)
 * @param maxActiveRequests   requests in the application at once (body complete); the others wait without a thread
 * @param maxWaitingRequests  requests waiting for their turn; beyond this, or after {@code maxWait}, 503
 * @param maxWait             how long a request waits for its turn
 * @param maxRequestHeaderBytes request line and headers together
 * @param headerDeadline      a connection whose request line and headers are not complete this long after their
 *                            first byte is closed
 * @param maxConnectionsPerAddress connections from one client address (an IPv6 /64) beyond this are closed at once
 */
public record HttpLimits(long maxBodyBytes, long minBodyBytesPerSecond, Duration bodyDeadline,
                         Duration requestIdleTimeout, Duration connectionIdleTimeout, int maxConnections,
                         int maxThreads, int maxActiveRequests, int maxWaitingRequests, Duration maxWait,
                         int maxRequestHeaderBytes, Duration headerDeadline, int maxConnectionsPerAddress) {

    public static final HttpLimits DEFAULTS = new HttpLimits(1024 * 1024, 1024, Duration.ofSeconds(10),
            Duration.ofSeconds(10), Duration.ofSeconds(30), 512, 64, 48, 1024, Duration.ofSeconds(2), 16 * 1024,
            Duration.ofSeconds(5), 128);

    /** These limits with other connection limits. */
    public HttpLimits withConnections(int max, int perAddress, Duration headerDeadline) {
        return new HttpLimits(maxBodyBytes, minBodyBytesPerSecond, bodyDeadline, requestIdleTimeout,
                connectionIdleTimeout, max, maxThreads, maxActiveRequests, maxWaitingRequests, maxWait,
                maxRequestHeaderBytes, headerDeadline, perAddress);
    }
}
