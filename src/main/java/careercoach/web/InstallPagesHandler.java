package careercoach.web;

import careercoach.config.Distribution;
import careercoach.failure.Failures;
import com.slack.api.bolt.App;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.response.Response;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import org.jetbrains.annotations.NotNull;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * {@code GET /slack/install} and {@code GET /slack/oauth_redirect} in distribution mode: pages a person's browser
 * opens, so unsigned. The request goes to the Bolt app as its parser makes it (the app's configuration names these
 * paths) and the page comes back as the app answered it; a failure is one log line and a plain page.
 */
public final class InstallPagesHandler implements Handler {
    private static final Logger LOG = LoggerFactory.getLogger(InstallPagesHandler.class);

    private final App app;
    private final SlackRequests requests;

    public InstallPagesHandler(App app) {
        this.app = app;
        this.requests = new SlackRequests(app.config());
    }

    /** The routes of distribution mode's pages: where an install starts, and where Slack sends the installer back. */
    public static Consumer<JavalinConfig> routes(App app) {
        InstallPagesHandler pages = new InstallPagesHandler(app);
        return routes -> {
            routes.routes.get(Distribution.INSTALL_PATH, pages);
            routes.routes.get(Distribution.REDIRECT_PATH, pages);
        };
    }

    @Override
    public void handle(@NotNull Context ctx) {
        Response response;
        try {
            Request<?> request = requests.parse("", new RequestHeaders(headers(ctx)), ctx.path(),
                    ctx.queryParamMap(), ctx.ip());
            if (request == null) {
                ctx.status(404).result("not found");
                return;
            }
            response = app.run(request);
        } catch (Exception e) {
            LOG.error("install page {} failed: {}", ctx.path(), Failures.oneLine(e));
            ctx.status(500).contentType("text/plain; charset=utf-8")
                    .result("Something went wrong, so nothing was installed. Please try again.");
            return;
        }
        int status = response.getStatusCode() == null ? 200 : response.getStatusCode();
        if (response.getHeaders() != null) {
            response.getHeaders().forEach((name, values) -> values.forEach(v -> ctx.res().addHeader(name, v)));
        }
        if (response.getContentType() != null) {
            ctx.contentType(response.getContentType());
        }
        ctx.status(status).result(response.getBody() == null ? "" : response.getBody());
        LOG.info("install page {} answered {}", ctx.path(), status);
    }

    private static Map<String, List<String>> headers(Context ctx) {
        Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (String name : Collections.list(ctx.req().getHeaderNames())) {
            headers.put(name, new ArrayList<>(Collections.list(ctx.req().getHeaders(name))));
        }
        return headers;
    }
}
