package careercoach.slack;

import com.google.gson.Gson;
import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.SlackApiTextResponse;
import com.slack.api.methods.impl.MethodsClientImpl;
import com.slack.api.util.http.SlackHttpClient;
import com.slack.api.util.json.GsonFactory;
import okhttp3.FormBody;
import okhttp3.Response;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The Slack client whose Web API answers are read with one shared Gson. The stock client builds a new Gson for
 * every answer, and with it the reflective adapters of the whole response class graph (a posted message with its
 * blocks): measured in the mixed benchmark, about 30 % of the bot's Java CPU. The stock client's per-team call
 * statistics are off in this app, so skipping them here changes nothing.
 * <p>
 * {@link Slack}'s own constructors are private; this one takes the parent's defaults and answers with its own
 * configuration and HTTP client everywhere the app and Bolt ask for them.
 */
final class SharedGsonSlack extends Slack {
    private final SlackConfig config;
    private final SlackHttpClient httpClient;

    SharedGsonSlack(SlackConfig config) {
        this.config = config;
        this.httpClient = SlackHttpClient.buildSlackHttpClient(config);
        this.httpClient.setConfig(config);
    }

    @Override
    public SlackConfig getConfig() {
        return config;
    }

    @Override
    public SlackHttpClient getHttpClient() {
        return httpClient;
    }

    @Override
    public MethodsClient methods(String token, String teamId) {
        MethodsClientImpl client = new SharedGsonMethodsClient(httpClient, token, teamId);
        client.setEndpointUrlPrefix(config.getMethodsEndpointUrlPrefix());
        return client;
    }

    @Override
    public void close() throws Exception {
        super.close(); // closes what getHttpClient() and getConfig() answer: ours
    }

    /** Reads answers as the stock client does (errors, headers, response listeners), with one Gson. */
    static final class SharedGsonMethodsClient extends MethodsClientImpl {
        private static final Gson GSON = GsonFactory.createSnakeCase();

        SharedGsonMethodsClient(SlackHttpClient httpClient, String token, String teamId) {
            super(httpClient, token, teamId);
        }

        @Override
        protected <T extends SlackApiTextResponse> T postFormWithTokenAndParseResponse(
                FormBody.Builder form, String methodName, String token, Class<T> type)
                throws IOException, SlackApiException {
            try (Response response = runPostFormWithToken(form, methodName, token)) {
                String body = response.body() == null ? "" : response.body().string();
                if (!response.isSuccessful()) {
                    throw new SlackApiException(getSlackHttpClient().getConfig(), response, body);
                }
                try {
                    T answer = GSON.fromJson(body, type);
                    answer.setHttpResponseHeaders(lowerCased(response));
                    return answer;
                } finally {
                    getSlackHttpClient().runHttpResponseListeners(response, body);
                }
            }
        }

        private static Map<String, List<String>> lowerCased(Response response) {
            Map<String, List<String>> headers = new HashMap<>();
            response.headers().toMultimap().forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT),
                    values));
            return headers;
        }
    }
}
