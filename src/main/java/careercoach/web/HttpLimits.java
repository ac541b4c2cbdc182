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
 * @param maxConnections      connections beyond this wait in the accept backlog
 * @param maxThreads          request-handling threads (acceptor and selector threads included)
 * @param maxQueuedTasks      tasks waiting for a thread; beyond this Jetty refuses work and closes the connection
 * @param maxRequestHeaderBytes request line and headers together
 */
public record HttpLimits(long maxBodyBytes, long minBodyBytesPerSecond, Duration bodyDeadline,
                         Duration requestIdleTimeout, Duration connectionIdleTimeout, int maxConnections,
                         int maxThreads, int maxQueuedTasks, int maxRequestHeaderBytes) {

    public static final HttpLimits DEFAULTS = new HttpLimits(1024 * 1024, 1024, Duration.ofSeconds(10),
            Duration.ofSeconds(10), Duration.ofSeconds(30), 512, 64, 1024, 16 * 1024);

    public HttpLimits withBodyDeadline(Duration deadline) {
        return new HttpLimits(maxBodyBytes, minBodyBytesPerSecond, deadline, requestIdleTimeout,
                connectionIdleTimeout, maxConnections, maxThreads, maxQueuedTasks, maxRequestHeaderBytes);
    }
}
