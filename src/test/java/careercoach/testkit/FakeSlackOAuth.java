package careercoach.testkit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;

import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Slack's side of "Add to Slack" for {@link FakeSlackApi}: a stub authorize page ({@code /oauth/v2/authorize}) that
 * lets the installer allow or cancel, {@code oauth.v2.access} exchanging a code (once) or a refresh token (once),
 * and the identity of every token it issued, for {@code auth.test}. Each token is for one {@link Workspace}; a
 * token can be declared dead ({@link #kill}), after which every method answers with that error.
 */
public final class FakeSlackOAuth {
    public static final String CLIENT_ID = "1111.2222";
    public static final String CLIENT_SECRET = "fake-client-secret";
    public static final String APP_ID = "A0001";
    public static final String INSTALLER = "UINSTALLER";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Who installs: a workspace (its team, in an org or not), or a whole Grid org when {@code orgWide}. */
    public record Workspace(String teamId, String teamName, String enterpriseId, boolean orgWide) {
        public static Workspace team(String teamId) {
            return new Workspace(teamId, "Team " + teamId, null, false);
        }

        public static Workspace org(String enterpriseId) {
            return new Workspace(null, null, enterpriseId, true);
        }

        /** What the installation is kept under: the org's id for an org-wide install, else the team's. */
        public String key() {
            return orgWide ? enterpriseId : teamId;
        }
    }

    private record Grant(Workspace workspace, String redirectUri, String scope) {
    }

    private final Map<String, Grant> codes = new ConcurrentHashMap<>();
    private final Map<String, Workspace> tokens = new ConcurrentHashMap<>();
    private final Map<String, String> scopes = new ConcurrentHashMap<>();
    private final Map<String, Workspace> refreshTokens = new ConcurrentHashMap<>();
    private final Map<String, String> dead = new ConcurrentHashMap<>();
    private final AtomicInteger issued = new AtomicInteger();
    private volatile Workspace installing = Workspace.team(FakeSlackApi.TEAM_ID);
    private volatile String redirectUri;
    private volatile Integer tokenLifetimeSeconds;

    /** The workspace the next "Allow" installs into (as if the installer picked it on Slack's page). */
    public void installing(Workspace workspace) {
        this.installing = workspace;
    }

    /** The redirect URL of the app's settings, used when the authorize URL names none. */
    public void redirectUri(String uri) {
        this.redirectUri = uri;
    }

    /** Token rotation on: tokens issued from now on expire after this many seconds and come with a refresh token. */
    public void rotateTokens(int lifetimeSeconds) {
        this.tokenLifetimeSeconds = lifetimeSeconds;
    }

    /** From now on every call with this token answers {@code error} (including {@code auth.test}). */
    public void kill(String token, String error) {
        dead.put(token, error);
    }

    public Optional<String> deadError(String token) {
        return Optional.ofNullable(token == null ? null : dead.get(token));
    }

    /** The workspace a token was issued for. */
    public Optional<Workspace> workspaceOf(String token) {
        return Optional.ofNullable(token == null ? null : tokens.get(token));
    }

    /** The newest token issued for the workspace (or org) with this key. */
    public String tokenOf(String key) {
        String newest = null;
        int newestNumber = -1;
        for (Map.Entry<String, Workspace> token : tokens.entrySet()) {
            if (token.getValue().key().equals(key)) {
                int number = Integer.parseInt(token.getKey().substring(token.getKey().lastIndexOf('-') + 1));
                if (number > newestNumber) {
                    newestNumber = number;
                    newest = token.getKey();
                }
            }
        }
        if (newest == null) {
            throw new AssertionError("no token was issued for " + key);
        }
        return newest;
    }

    /**
     * What the installer's browser is sent to after clicking "Allow" on the authorize page of {@code authorizeUrl}:
     * the redirect URL with a fresh code and the state.
     */
    public String allow(String authorizeUrl) {
        Map<String, String> query = query(URI.create(authorizeUrl).getRawQuery());
        String redirect = query.getOrDefault("redirect_uri", redirectUri);
        if (redirect == null) {
            throw new AssertionError("no redirect URL: set one with redirectUri(...)");
        }
        String code = "code-" + issued.incrementAndGet();
        codes.put(code, new Grant(installing, query.get("redirect_uri"), query.getOrDefault("scope", "")));
        return redirect + "?code=" + code + "&state=" + encode(query.getOrDefault("state", ""));
    }

    /** Where "Cancel" sends the installer: the redirect URL with {@code error=access_denied}. */
    public String cancel(String authorizeUrl) {
        Map<String, String> query = query(URI.create(authorizeUrl).getRawQuery());
        return query.getOrDefault("redirect_uri", redirectUri) + "?error=access_denied&state="
                + encode(query.getOrDefault("state", ""));
    }

    /** The stub of Slack's authorize page: the workspace, and Allow and Cancel links. */
    void authorizePage(Context ctx) {
        String url = ctx.fullUrl();
        if (!CLIENT_ID.equals(ctx.queryParam("client_id"))) {
            ctx.status(400).contentType("text/html").result("<p id=\"error\">invalid_client_id</p>");
            return;
        }
        Workspace workspace = installing;
        String where = workspace.orgWide() ? "the organisation " + workspace.enterpriseId() : workspace.teamName();
        ctx.contentType("text/html; charset=utf-8").result("<!DOCTYPE html><html><head><title>Slack: authorize"
                + "</title></head><body><h1>Career Coach is requesting permission to access " + where + "</h1>"
                + "<p id=\"scopes\">" + ctx.queryParam("scope") + "</p>"
                + "<a id=\"allow\" href=\"" + allow(url) + "\">Allow</a> "
                + "<a id=\"cancel\" href=\"" + cancel(url) + "\">Cancel</a></body></html>");
    }

    /** {@code oauth.v2.access}: a code or a refresh token exchanged, once each. */
    String access(Map<String, String> params, String authorization) {
        Map<String, String> client = credentials(params, authorization);
        if (!CLIENT_ID.equals(client.get("id"))) {
            return error("invalid_client_id");
        }
        if (!CLIENT_SECRET.equals(client.get("secret"))) {
            return error("bad_client_secret");
        }
        if ("refresh_token".equals(params.get("grant_type"))) {
            Workspace workspace = refreshTokens.remove(String.valueOf(params.get("refresh_token")));
            if (workspace == null) {
                return error("invalid_refresh_token");
            }
            String token = newToken(workspace, scopes.getOrDefault(workspace.key(), ""));
            ObjectNode answer = JSON.createObjectNode().put("ok", true).put("app_id", APP_ID)
                    .put("token_type", "bot").put("access_token", token).put("scope",
                            scopes.getOrDefault(workspace.key(), "")).put("bot_user_id", FakeSlackApi.BOT_USER_ID);
            rotation(answer, workspace);
            return answer.toString();
        }
        Grant grant = codes.remove(String.valueOf(params.get("code")));
        if (grant == null) {
            return error("invalid_code");
        }
        if (grant.redirectUri() != null && !grant.redirectUri().equals(params.get("redirect_uri"))) {
            return error("bad_redirect_uri");
        }
        Workspace workspace = grant.workspace();
        scopes.put(workspace.key(), grant.scope());
        String token = newToken(workspace, grant.scope());
        ObjectNode answer = JSON.createObjectNode().put("ok", true).put("app_id", APP_ID)
                .put("token_type", "bot").put("access_token", token).put("scope", grant.scope())
                .put("bot_user_id", FakeSlackApi.BOT_USER_ID).put("is_enterprise_install", workspace.orgWide());
        answer.putObject("authed_user").put("id", INSTALLER);
        if (workspace.orgWide()) {
            answer.putNull("team");
        } else {
            answer.putObject("team").put("id", workspace.teamId()).put("name", workspace.teamName());
        }
        if (workspace.enterpriseId() != null) {
            answer.putObject("enterprise").put("id", workspace.enterpriseId()).put("name", "Org "
                    + workspace.enterpriseId());
        } else {
            answer.putNull("enterprise");
        }
        rotation(answer, workspace);
        return answer.toString();
    }

    /** {@code auth.test} for a token this fake issued; null for any other token. */
    String authTest(String token) {
        Workspace workspace = token == null ? null : tokens.get(token);
        if (workspace == null) {
            return null;
        }
        ObjectNode answer = JSON.createObjectNode().put("ok", true).put("url", "https://example.slack.com/")
                .put("user_id", FakeSlackApi.BOT_USER_ID).put("bot_id", FakeSlackApi.BOT_ID)
                .put("is_enterprise_install", workspace.orgWide());
        if (workspace.teamId() != null) {
            answer.put("team_id", workspace.teamId()).put("team", workspace.teamName());
        } else {
            answer.put("team_id", workspace.enterpriseId());
        }
        if (workspace.enterpriseId() != null) {
            answer.put("enterprise_id", workspace.enterpriseId());
        }
        return answer.toString();
    }

    private void rotation(ObjectNode answer, Workspace workspace) {
        Integer lifetime = tokenLifetimeSeconds;
        if (lifetime != null) {
            String refresh = "xoxe-1-refresh-" + issued.incrementAndGet();
            refreshTokens.put(refresh, workspace);
            answer.put("refresh_token", refresh).put("expires_in", lifetime);
        }
    }

    private String newToken(Workspace workspace, String scope) {
        String token = (tokenLifetimeSeconds != null ? "xoxe.xoxb-" : "xoxb-") + workspace.key() + "-"
                + issued.incrementAndGet();
        tokens.put(token, workspace);
        return token;
    }

    private static Map<String, String> credentials(Map<String, String> params, String authorization) {
        Map<String, String> client = new LinkedHashMap<>();
        if (authorization != null && authorization.startsWith("Basic ")) {
            String decoded = new String(Base64.getDecoder().decode(authorization.substring(6)),
                    StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            client.put("id", decoded.substring(0, Math.max(0, colon)));
            client.put("secret", decoded.substring(colon + 1));
        } else {
            client.put("id", params.get("client_id"));
            client.put("secret", params.get("client_secret"));
        }
        return client;
    }

    private static String error(String error) {
        return "{\"ok\":false,\"error\":\"" + error + "\"}";
    }

    static Map<String, String> query(String rawQuery) {
        Map<String, String> query = new LinkedHashMap<>();
        if (rawQuery == null) {
            return query;
        }
        for (String pair : rawQuery.split("&")) {
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            query.putIfAbsent(name, value);
        }
        return query;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
