package careercoach.bench;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * HTTP/1.1 load over plain keep-alive sockets on loopback, light enough to share two cores with the server.
 * <ul>
 *   <li>{@link #openLoop}: requests are due at a constant rate whatever the server does, and each latency runs
 *   from the moment its request was due (not when a connection became free), so a stalling server is not hidden
 *   by the generator waiting for it (no coordinated omission).</li>
 *   <li>{@link #closedLoop}: N connections each send the next request as soon as the last answer arrived — the
 *   throughput at saturation.</li>
 * </ul>
 */
final class HttpLoad {
    /** Connections the open loop may use: far more than a healthy server needs at 1,000 req/s. */
    private static final int OPEN_LOOP_CONNECTIONS = 64;
    /** Node closes idle keep-alive connections after 5 s; reconnect before that rather than count an error. */
    private static final long MAX_IDLE_NANOS = TimeUnit.SECONDS.toNanos(2);

    /** Builds the n-th request of a run: its body, content type and signature headers. */
    interface Requests {
        byte[] request(long n, String hostHeader);
    }

    /** What a run measured. Latencies in nanoseconds, sorted. */
    record Result(long sent, long ok, long errors, double seconds, long[] latencies) {
        double throughput() {
            return ok / seconds;
        }

        double percentileMs(double p) {
            if (latencies.length == 0) {
                return Double.NaN;
            }
            int index = (int) Math.ceil(p / 100.0 * latencies.length) - 1;
            return latencies[Math.max(0, Math.min(latencies.length - 1, index))] / 1e6;
        }

        double maxMs() {
            return latencies.length == 0 ? Double.NaN : latencies[latencies.length - 1] / 1e6;
        }
    }

    private final InetSocketAddress address;
    private final String hostHeader;
    private final String path;

    HttpLoad(int port, String path) {
        this.address = new InetSocketAddress("127.0.0.1", port);
        this.hostHeader = "127.0.0.1:" + port;
        this.path = path;
    }

    /** Sends {@code rate} requests a second for {@code seconds}. */
    Result openLoop(Requests requests, int rate, double seconds) throws InterruptedException {
        long total = Math.round(rate * seconds);
        long periodNanos = 1_000_000_000L / rate;
        BlockingQueue<long[]> due = new LinkedBlockingQueue<>();
        Recorder recorder = new Recorder();
        List<Thread> workers = new ArrayList<>();
        CountDownLatch finished = new CountDownLatch(OPEN_LOOP_CONNECTIONS);
        for (int i = 0; i < OPEN_LOOP_CONNECTIONS; i++) {
            Thread worker = new Thread(() -> {
                Connection connection = new Connection();
                try {
                    while (true) {
                        long[] job = due.take();
                        if (job[0] < 0) {
                            break;
                        }
                        recorder.record(connection.exchange(requests.request(job[0], hostHeader)), job[1]);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    connection.close();
                    finished.countDown();
                }
            }, "load-open-" + i);
            worker.setDaemon(true);
            workers.add(worker);
            worker.start();
        }
        long start = System.nanoTime();
        for (long n = 0; n < total; n++) {
            long at = start + n * periodNanos;
            long wait = at - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            due.add(new long[] {n, at});
        }
        for (int i = 0; i < OPEN_LOOP_CONNECTIONS; i++) {
            due.add(new long[] {-1, 0});
        }
        if (!finished.await(30, TimeUnit.SECONDS)) {
            workers.forEach(Thread::interrupt);
        }
        return recorder.result(total, (System.nanoTime() - start) / 1e9);
    }

    /** {@code connections} connections, each sending back to back, for {@code seconds}. */
    Result closedLoop(Requests requests, int connections, double seconds) throws InterruptedException {
        AtomicLong next = new AtomicLong();
        Recorder recorder = new Recorder();
        long start = System.nanoTime();
        long end = start + (long) (seconds * 1e9);
        List<Thread> workers = new ArrayList<>();
        for (int i = 0; i < connections; i++) {
            Thread worker = new Thread(() -> {
                Connection connection = new Connection();
                try {
                    while (System.nanoTime() < end) {
                        long sentAt = System.nanoTime();
                        recorder.record(connection.exchange(requests.request(next.getAndIncrement(), hostHeader)),
                                sentAt);
                    }
                } finally {
                    connection.close();
                }
            }, "load-closed-" + i);
            worker.setDaemon(true);
            workers.add(worker);
            worker.start();
        }
        for (Thread worker : workers) {
            worker.join(TimeUnit.SECONDS.toMillis(30) + (long) (seconds * 1000));
        }
        return recorder.result(next.get(), (System.nanoTime() - start) / 1e9);
    }

    /** Latencies and counts from many threads: one lock, held for an array store. */
    private static final class Recorder {
        private long[] latencies = new long[1 << 14];
        private int size;
        private long ok;
        private long errors;

        synchronized void record(int status, long since) {
            if (status == 200) {
                if (size == latencies.length) {
                    latencies = Arrays.copyOf(latencies, size * 2);
                }
                latencies[size++] = System.nanoTime() - since;
                ok++;
            } else {
                errors++;
            }
        }

        synchronized Result result(long sent, double seconds) {
            long[] sorted = Arrays.copyOf(latencies, size);
            Arrays.sort(sorted);
            return new Result(sent, ok, errors, seconds, sorted);
        }
    }

    /** One keep-alive connection; reopened after an error, a {@code Connection: close} or a long idle time. */
    private final class Connection {
        private Socket socket;
        private InputStream in;
        private OutputStream out;
        private long lastUsed;

        /** The response's status, or -1 when the exchange failed. */
        int exchange(byte[] request) {
            try {
                if (socket != null && System.nanoTime() - lastUsed > MAX_IDLE_NANOS) {
                    close();
                }
                if (socket == null) {
                    open();
                }
                out.write(request);
                out.flush();
                int status = readResponse();
                lastUsed = System.nanoTime();
                return status;
            } catch (IOException e) {
                close();
                return -1;
            }
        }

        private void open() throws IOException {
            socket = new Socket();
            socket.setTcpNoDelay(true);
            socket.connect(address, 2_000);
            socket.setSoTimeout(10_000);
            in = new BufferedInputStream(socket.getInputStream(), 16_384);
            out = new BufferedOutputStream(socket.getOutputStream(), 16_384);
        }

        private int readResponse() throws IOException {
            String statusLine = readLine();
            int status = Integer.parseInt(statusLine.substring(9, 12));
            long length = -1;
            boolean chunked = false;
            boolean closeAfter = false;
            for (String header = readLine(); !header.isEmpty(); header = readLine()) {
                int colon = header.indexOf(':');
                String name = header.substring(0, colon).trim();
                String value = header.substring(colon + 1).trim();
                if (name.equalsIgnoreCase("Content-Length")) {
                    length = Long.parseLong(value);
                } else if (name.equalsIgnoreCase("Transfer-Encoding") && value.equalsIgnoreCase("chunked")) {
                    chunked = true;
                } else if (name.equalsIgnoreCase("Connection") && value.equalsIgnoreCase("close")) {
                    closeAfter = true;
                }
            }
            if (chunked) {
                for (long chunk = Long.parseLong(readLine().split(";")[0].trim(), 16); chunk > 0;
                     chunk = Long.parseLong(readLine().split(";")[0].trim(), 16)) {
                    skip(chunk);
                    readLine();
                }
                while (!readLine().isEmpty()) {
                    // trailers
                }
            } else if (length >= 0) {
                skip(length);
            } else {
                closeAfter = true;
                while (in.read() >= 0) {
                    // body until close
                }
            }
            if (closeAfter) {
                close();
            }
            return status;
        }

        private void skip(long count) throws IOException {
            long left = count;
            while (left > 0) {
                long skipped = in.skip(left);
                if (skipped <= 0) {
                    if (in.read() < 0) {
                        throw new EOFException();
                    }
                    skipped = 1;
                }
                left -= skipped;
            }
        }

        private String readLine() throws IOException {
            StringBuilder line = new StringBuilder(64);
            for (int c = in.read(); c != '\n'; c = in.read()) {
                if (c < 0) {
                    throw new EOFException();
                }
                if (c != '\r') {
                    line.append((char) c);
                }
            }
            return line.toString();
        }

        void close() {
            if (socket != null) {
                try {
                    socket.close();
                } catch (IOException ignored) {
                    // closing anyway
                }
                socket = null;
            }
        }
    }

    /** The bytes of a POST to this load's path. */
    static byte[] post(String path, String hostHeader, String contentType, byte[] body, String timestamp,
                       String signature) {
        String head = "POST " + path + " HTTP/1.1\r\nHost: " + hostHeader + "\r\nContent-Type: " + contentType
                + "\r\nContent-Length: " + body.length + "\r\nX-Slack-Request-Timestamp: " + timestamp
                + "\r\nX-Slack-Signature: " + signature + "\r\n\r\n";
        byte[] headBytes = head.getBytes(StandardCharsets.US_ASCII);
        byte[] request = Arrays.copyOf(headBytes, headBytes.length + body.length);
        System.arraycopy(body, 0, request, headBytes.length, body.length);
        return request;
    }

    String path() {
        return path;
    }
}
