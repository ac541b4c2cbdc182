package careercoach.slack;

import com.slack.api.bolt.middleware.Middleware;
import com.slack.api.bolt.middleware.MiddlewareChain;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestType;
import com.slack.api.bolt.response.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Turns requests away while the pool for work after the ack is full, so an overloaded bot answers at once with
 * "try again" instead of queueing work it would finish too late: a command's ack says so; a button click is
 * acknowledged and told so through its response URL; a modal shows it on its first field; an event is answered
 * 503, so Slack delivers it again later.
 */
public final class Admission implements Middleware, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Admission.class);
    public static final String BUSY = "I'm busy right now and couldn't take that on. Please try again in a moment.";
    /** A click from the App Home (no response URL) gets no DM: the pool that would be busy sending it is full. */
    private static final TurnAway TURN_AWAY = new TurnAway(BUSY,
            () -> Response.builder().statusCode(503).body("busy").build(), Response::ok, false);

    private final WorkAfterAck work;
    private final WebApi webApi;
    /** Busy notes go out on their own small thread: the pool they are about is full. */
    private final ThreadPoolExecutor notes = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS,
            new ArrayBlockingQueue<>(64), runnable -> {
                Thread thread = new Thread(runnable, "slack-busy-notes");
                thread.setDaemon(true);
                return thread;
            }, new ThreadPoolExecutor.DiscardPolicy());

    public Admission(WorkAfterAck work, WebApi webApi) {
        this.work = work;
        this.webApi = webApi;
    }

    @Override
    public Response apply(Request req, Response resp, MiddlewareChain chain) throws Exception {
        if (req.getRequestType() == RequestType.OAuthStart || req.getRequestType() == RequestType.OAuthCallback) {
            // The install pages queue no work after an ack: they are served however busy the bot is.
            return chain.next(req);
        }
        if (!work.hasRoom()) {
            work.countRefusal();
            return refuse(req);
        }
        try {
            return chain.next(req);
        } catch (RejectedExecutionException e) {
            // A lane of its own (the searches') was full when the listener handed its work over, before storing
            // anything (already counted by the pool). Work handed to the pool itself is never refused once admitted.
            return refuse(req);
        }
    }

    private Response refuse(Request<?> req) {
        LOG.warn("turned a {} away: work after acks is full", req.getRequestType());
        return TURN_AWAY.answer(req, notes, webApi, "busy note");
    }

    @Override
    public void close() {
        notes.shutdownNow();
    }
}
