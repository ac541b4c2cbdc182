package careercoach.web;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.util.SlackRequestParser;
import com.slack.api.util.json.GsonFactory;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Turns a verified HTTP body into Bolt's request. Button clicks, the most frequent interactive payload, are read
 * with one shared Gson: Bolt's own {@code BlockActionRequest} builds a new Gson for every click, and with it the
 * reflective adapters for the whole payload class graph, which cost more CPU than the rest of the click. A form
 * body is read once to tell a click or a slash command: Bolt's parser would split and decode it three times, with a
 * regular expression compiled for every field each time, for a command. An Events API body (JSON) goes straight
 * to Bolt's parser, which reads it; every other payload goes through Bolt's parser unchanged.
 */
final class SlackRequests {
    private static final Gson GSON = GsonFactory.createSnakeCase();

    private final SlackRequestParser bolt;

    private final AppConfig config;

    SlackRequests(AppConfig config) {
        this.config = config;
        this.bolt = new SlackRequestParser(config);
    }

    /** Null when Bolt recognises no such payload; throws on a malformed one. */
    Request<?> parse(String body, RequestHeaders headers, String path, Map<String, List<String>> query,
                     String remoteAddress) {
        if (!isJson(body)) {
            FormKind form = FormKind.of(body);
            if (form.payload() != null) {
                JsonElement parsed = JsonParser.parseString(form.payload());
                if (parsed.isJsonObject() && isBlockAction(parsed.getAsJsonObject())) {
                    return finish(new ClickRequest(body, GSON.fromJson(parsed, BlockActionPayload.class), headers),
                            query, remoteAddress);
                }
            } else if (form.command()) {
                return finish(new SlashCommandRequest(body, headers), query, remoteAddress);
            }
        }
        return bolt.parse(SlackRequestParser.HttpRequest.builder()
                .requestUri(path)
                .queryString(query)
                .requestBody(body)
                .headers(headers)
                .remoteAddress(remoteAddress)
                .build());
    }

    /** What Bolt's parser does to every request it makes: the app's client and token, query and client address. */
    private Request<?> finish(Request<?> request, Map<String, List<String>> query, String remoteAddress) {
        request.updateContext(config);
        if (query != null) {
            query.forEach((name, values) -> request.getQueryString()
                    .computeIfAbsent(name, n -> new ArrayList<>()).addAll(values));
        }
        String forwardedFor = request.getHeaders().getFirstValue("X-FORWARDED-FOR");
        request.setClientIpAddress(forwardedFor != null ? forwardedFor : remoteAddress);
        return request;
    }

    /** As Bolt tells a JSON body from a form: by its first character after white space. */
    private static boolean isJson(String body) {
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c > ' ') {
                return c == '{' || c == '[';
            }
        }
        return false;
    }

    /**
     * What a form body holds for Bolt, read in one pass the way Bolt reads it: pairs split on {@code &}, each split
     * on {@code =} and counted only when that gives exactly a name and a value, the name trimmed, line breaks
     * dropped from it, and decoded. A {@code payload} field is an interactive payload (its decoded JSON),
     * otherwise a {@code command} field makes a slash command.
     */
    record FormKind(String payload, boolean command) {
        static FormKind of(String body) {
            boolean command = false;
            for (String pair : body.split("&")) {
                String[] fields = pair.split("=");
                if (fields.length != 2) {
                    continue;
                }
                String name = URLDecoder.decode(withoutLineBreaks(fields[0].trim()), StandardCharsets.UTF_8);
                if (name.equals("payload")) {
                    return new FormKind(URLDecoder.decode(fields[1], StandardCharsets.UTF_8), false);
                }
                command |= name.equals("command");
            }
            return new FormKind(null, command);
        }

        private static String withoutLineBreaks(String name) {
            return name.indexOf('\n') < 0 ? name : name.replace("\n", "");
        }
    }

    private static boolean isBlockAction(JsonObject payload) {
        JsonElement type = payload.get("type");
        return type != null && type.isJsonPrimitive() && BlockActionPayload.TYPE.equals(type.getAsString());
    }

    /**
     * Bolt's click request around a payload already read. An empty payload body makes Bolt's constructor read
     * nothing (Gson answers null for no input), so the context is filled here the way Bolt fills it.
     */
    static final class ClickRequest extends BlockActionRequest {
        private final BlockActionPayload payload;

        ClickRequest(String body, BlockActionPayload payload, RequestHeaders headers) {
            super(body, "", headers);
            this.payload = payload;
            var context = getContext();
            context.setFunctionBotAccessToken(payload.getBotAccessToken());
            context.setResponseUrl(payload.getResponseUrl());
            context.setTriggerId(payload.getTriggerId());
            if (payload.getTriggerId() == null && payload.getInteractivity() != null
                    && payload.getInteractivity().getInteractivityPointer() != null) {
                context.setTriggerId(payload.getInteractivity().getInteractivityPointer());
            }
            if (payload.getEnterprise() != null) {
                context.setEnterpriseId(payload.getEnterprise().getId());
            } else if (payload.getTeam() != null) {
                context.setEnterpriseId(payload.getTeam().getEnterpriseId());
            }
            if (payload.getTeam() != null && payload.getTeam().getId() != null) {
                context.setTeamId(payload.getTeam().getId());
            } else if (payload.getUser() != null && payload.getUser().getTeamId() != null) {
                context.setTeamId(payload.getUser().getTeamId());
            }
            // Bolt fails here on a click without a user; so do we (the handler answers such a payload 400).
            context.setRequestUserId(payload.getUser().getId());
            if (payload.getFunctionData() != null) {
                context.setFunctionExecutionId(payload.getFunctionData().getExecutionId());
            }
        }

        @Override
        public BlockActionPayload getPayload() {
            return payload;
        }
    }
}
