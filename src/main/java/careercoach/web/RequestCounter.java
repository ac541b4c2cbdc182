package careercoach.web;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.eclipse.jetty.http.HttpException;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Counts every HTTP request in {@code http_requests_total} by method, path and status, outside every other handler,
 * so that requests refused before the application (413 for a body too large, 408 for one too slow) are counted as
 * well. No label is ever taken from the request as it came: a method outside HTTP's own is {@code other}, a path
 * outside the server's known ones is {@code other}, and a status is one of the 500 a response can have. A client
 * sending random method names or paths therefore adds no series.
 */
final class RequestCounter extends Handler.Wrapper {
    static final String OTHER = "other";
    private static final Set<String> METHODS = Set.of("GET", "HEAD", "POST", "PUT", "DELETE", "OPTIONS", "PATCH",
            "TRACE", "CONNECT");

    private final MeterRegistry metrics;
    private final Set<String> knownPaths;
    /** Counters by their labels, so a request looks one up instead of asking the registry. */
    private final ConcurrentMap<String, Counter> counters = new ConcurrentHashMap<>();

    RequestCounter(MeterRegistry metrics, Set<String> knownPaths) {
        this.metrics = metrics;
        this.knownPaths = knownPaths;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        String method = method(request.getMethod());
        String path = knownPaths.contains(request.getHttpURI().getPath()) ? request.getHttpURI().getPath() : OTHER;
        Callback counting = new Callback() {
            @Override
            public void succeeded() {
                count(method, path, response.getStatus());
                callback.succeeded();
            }

            @Override
            public void failed(Throwable failure) {
                // Jetty answers a failed request itself: with the failure's status, else 500.
                int status = failure instanceof HttpException http ? http.getCode()
                        : HttpStatus.INTERNAL_SERVER_ERROR_500;
                count(method, path, response.isCommitted() ? response.getStatus() : status);
                callback.failed(failure);
            }

            @Override
            public InvocationType getInvocationType() {
                return callback.getInvocationType();
            }
        };
        if (super.handle(request, response, counting)) {
            return true;
        }
        count(method, path, HttpStatus.NOT_FOUND_404);
        return false;
    }

    static String method(String method) {
        return METHODS.contains(method) ? method : OTHER;
    }

    private void count(String method, String path, int status) {
        String code = status >= 100 && status <= 599 ? String.valueOf(status) : OTHER;
        counters.computeIfAbsent(method + ' ' + path + ' ' + code,
                key -> metrics.counter("http.requests", "path", path, "method", method, "status", code)).increment();
    }
}
