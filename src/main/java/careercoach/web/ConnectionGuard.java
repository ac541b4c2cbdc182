package careercoach.web;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.eclipse.jetty.http.HttpParser;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.io.IdleTimeout;
import org.eclipse.jetty.server.internal.HttpConnection;
import org.eclipse.jetty.util.component.AbstractLifeCycle;
import org.eclipse.jetty.util.thread.Scheduler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Keeps clients that hold connections without sending a request from filling the server's connections, which
 * Jetty bounds (beyond the bound, new connections wait in the accept backlog, health checks and Slack's requests
 * too). Jetty's own limits act once a request's headers are read (body rate, body deadline) or on silence (idle
 * timeouts), so a client that sends its headers a byte every few seconds would hold its connection for hours:
 * <ul>
 *     <li>a request line and headers not complete {@link HttpLimits#headerDeadline()} after their first byte close
 *     the connection;</li>
 *     <li>from three quarters of {@link HttpLimits#maxConnections()} on, connections carrying no request (idle
 *     between requests, or still sending headers) for {@link #GRACE_NEAR_LIMIT} are closed, so that the connections
 *     waiting in the backlog are taken; requests being read or answered are never cut;</li>
 *     <li>connections from one address (an IPv6 /64) beyond {@link HttpLimits#maxConnectionsPerAddress()} are closed
 *     as they open.</li>
 * </ul>
 * Slack sends a request's headers in one packet, and a connection from Slack that is closed is opened again.
 * Connections are looked at every {@link #SWEEP_EVERY}; each closed is counted in
 * {@code http_connections_closed_total} by reason.
 */
final class ConnectionGuard extends AbstractLifeCycle implements Connection.Listener {
    private static final Logger LOG = LoggerFactory.getLogger(ConnectionGuard.class);
    static final Duration SWEEP_EVERY = Duration.ofMillis(250);
    /** Far longer than Slack takes to send a request's headers, or to send the next request on a connection. */
    static final Duration GRACE_NEAR_LIMIT = Duration.ofSeconds(1);
    private static final Duration LOG_EVERY = Duration.ofSeconds(10);

    private final Scheduler scheduler;
    private final long headerDeadlineNanos;
    private final int nearLimit;
    private final int perAddress;
    private final Map<Connection, Client> open = new ConcurrentHashMap<>();
    private final Map<Client, AtomicInteger> byClient = new ConcurrentHashMap<>();
    private final Counter slowHeaders;
    private final Counter nearLimitClosed;
    private final Counter overAddressCap;
    private final AtomicLong closedSinceLog = new AtomicLong();
    private volatile long lastLog = System.nanoTime();
    private volatile Scheduler.Task next;

    ConnectionGuard(HttpLimits limits, Scheduler scheduler, MeterRegistry metrics) {
        this.scheduler = scheduler;
        this.headerDeadlineNanos = limits.headerDeadline().toNanos();
        this.nearLimit = Math.max(1, limits.maxConnections() * 3 / 4);
        this.perAddress = limits.maxConnectionsPerAddress();
        this.slowHeaders = closedCounter(metrics, "slow_headers");
        this.nearLimitClosed = closedCounter(metrics, "near_limit");
        this.overAddressCap = closedCounter(metrics, "per_address");
    }

    private static Counter closedCounter(MeterRegistry metrics, String reason) {
        return Counter.builder("http.connections.closed").description("connections closed by the server's guard")
                .tag("reason", reason).register(metrics);
    }

    /** A client address; IPv6 by its /64 network, which one client usually holds whole. */
    private record Client(byte[] address) {
        static Client of(SocketAddress remote) {
            if (!(remote instanceof InetSocketAddress socket) || socket.getAddress() == null) {
                return new Client(new byte[0]);
            }
            InetAddress address = socket.getAddress();
            byte[] bytes = address.getAddress();
            return new Client(address instanceof Inet6Address ? Arrays.copyOf(bytes, 8) : bytes);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Client client && Arrays.equals(address, client.address);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(address);
        }
    }

    @Override
    public void onOpened(Connection connection) {
        Client client = Client.of(connection.getEndPoint().getRemoteSocketAddress());
        int fromClient = byClient.computeIfAbsent(client, c -> new AtomicInteger()).incrementAndGet();
        open.put(connection, client);
        if (fromClient > perAddress) {
            close(connection, overAddressCap);
        }
    }

    @Override
    public void onClosed(Connection connection) {
        Client client = open.remove(connection);
        if (client != null) {
            byClient.computeIfPresent(client, (c, count) -> count.decrementAndGet() <= 0 ? null : count);
        }
    }

    @Override
    protected void doStart() throws Exception {
        schedule();
        super.doStart();
    }

    @Override
    protected void doStop() throws Exception {
        Scheduler.Task task = next;
        if (task != null) {
            task.cancel();
        }
        super.doStop();
    }

    private void schedule() {
        next = scheduler.schedule(this::sweep, SWEEP_EVERY.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void sweep() {
        try {
            boolean crowded = open.size() >= nearLimit;
            long now = System.nanoTime();
            for (Connection connection : open.keySet()) {
                if (connection instanceof HttpConnection http) {
                    check(http, crowded, now);
                }
            }
            logClosed(now);
        } catch (RuntimeException e) {
            LOG.warn("could not check the server's connections", e);
        } finally {
            if (isRunning()) {
                schedule();
            }
        }
    }

    private void check(HttpConnection connection, boolean crowded, long now) {
        HttpParser parser = connection.getParser();
        // The parser's state is volatile and set after its start time: read the state first.
        boolean sendingHeaders = parser.inHeaderState() && !parser.isStart();
        if (sendingHeaders) {
            long sending = now - parser.getBeginNanoTime();
            if (sending > headerDeadlineNanos) {
                close(connection, slowHeaders);
            } else if (crowded && sending > GRACE_NEAR_LIMIT.toNanos()) {
                close(connection, nearLimitClosed);
            }
        } else if (crowded && parser.isStart() && idleMillis(connection.getEndPoint())
                > GRACE_NEAR_LIMIT.toMillis()) {
            close(connection, nearLimitClosed);
        }
    }

    private static long idleMillis(EndPoint endPoint) {
        return endPoint instanceof IdleTimeout idle ? idle.getIdleFor() : 0;
    }

    private void close(Connection connection, Counter reason) {
        reason.increment();
        closedSinceLog.incrementAndGet();
        connection.getEndPoint().close();
    }

    /** One line now and then, not one per connection: an attack would otherwise flood the log. */
    private void logClosed(long now) {
        if (now - lastLog > LOG_EVERY.toNanos()) {
            long closed = closedSinceLog.getAndSet(0);
            lastLog = now;
            if (closed > 0) {
                LOG.warn("closed {} connections in the last {} s that sent no request in time (slow headers, idle"
                        + " near the connection limit, or too many from one address); {} open", closed,
                        LOG_EVERY.toSeconds(), open.size());
            }
        }
    }
}
