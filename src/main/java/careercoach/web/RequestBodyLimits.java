package careercoach.web;

import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

import java.time.Duration;
import java.util.concurrent.TimeoutException;

/**
 * Refuses an announced body over the size limit at once (413, nothing read) and fails a body that is still
 * arriving after the deadline, however steadily it trickles in. Chunked bodies over the limit are refused while
 * they are read, by the {@code EagerContentHandler} inside this one.
 */
final class RequestBodyLimits extends Handler.Wrapper {
    private final long maxBodyBytes;
    private final long deadlineNanos;

    RequestBodyLimits(long maxBodyBytes, Duration deadline) {
        this.maxBodyBytes = maxBodyBytes;
        this.deadlineNanos = deadline.toNanos();
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        HttpField length = request.getHeaders().getField(HttpHeader.CONTENT_LENGTH);
        if (length != null && length.getLongValue() > maxBodyBytes) {
            Response.writeError(request, response, callback, HttpStatus.PAYLOAD_TOO_LARGE_413,
                    "body larger than " + maxBodyBytes + " bytes");
            return true;
        }
        return super.handle(new DeadlineRequest(request, System.nanoTime() + deadlineNanos), response, callback);
    }

    /** Each wait for more body bytes first checks the deadline; past it the next read returns a failure. */
    private static final class DeadlineRequest extends Request.Wrapper {
        private final long deadline;
        private volatile Content.Chunk expired;

        DeadlineRequest(Request wrapped, long deadline) {
            super(wrapped);
            this.deadline = deadline;
        }

        @Override
        public void demand(Runnable demandCallback) {
            if (System.nanoTime() - deadline > 0) {
                expired = Content.Chunk.from(new TimeoutException("request body not complete in time"));
                demandCallback.run();
                return;
            }
            super.demand(demandCallback);
        }

        @Override
        public Content.Chunk read() {
            Content.Chunk failure = expired;
            return failure != null ? failure : super.read();
        }
    }
}
