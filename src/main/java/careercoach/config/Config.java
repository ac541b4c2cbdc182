package careercoach.config;

import careercoach.install.TokenKeys;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Everything the server reads from the environment, checked once at start.
 * Secrets are kept as {@link Optional}s and never appear in {@link #toString()}.
 */
public record Config(Optional<String> botToken, Optional<String> signingSecret, Optional<String> appToken,
                     URI slackApiUrl, int port, Path indexData, Optional<String> databaseUrl,
                     Optional<Integer> metricsPort, boolean recordQuestions, Set<String> guideAuthors,
                     Optional<String> defaultGuide, Optional<Distribution> distribution) {

    public Config {
        guideAuthors = Set.copyOf(guideAuthors);
    }

    /** One workspace (or none): everything but distribution mode. */
    public Config(Optional<String> botToken, Optional<String> signingSecret, Optional<String> appToken,
                  URI slackApiUrl, int port, Path indexData, Optional<String> databaseUrl,
                  Optional<Integer> metricsPort, boolean recordQuestions, Set<String> guideAuthors,
                  Optional<String> defaultGuide) {
        this(botToken, signingSecret, appToken, slackApiUrl, port, indexData, databaseUrl, metricsPort,
                recordQuestions, guideAuthors, defaultGuide, Optional.empty());
    }

    /** The settings without the content loop's: question text not recorded, no guide authors, no default guide. */
    public Config(Optional<String> botToken, Optional<String> signingSecret, Optional<String> appToken,
                  URI slackApiUrl, int port, Path indexData, Optional<String> databaseUrl,
                  Optional<Integer> metricsPort) {
        this(botToken, signingSecret, appToken, slackApiUrl, port, indexData, databaseUrl, metricsPort, false,
                Set.of(), Optional.empty());
    }

    public static final URI DEFAULT_SLACK_API_URL = URI.create("https://slack.com/api/");
    public static final int DEFAULT_PORT = 3000;

    /**
     * How the server talks to Slack, decided by which credentials are present. {@code DISTRIBUTION}: HTTP mode for
     * every workspace that installs the app through "Add to Slack", each with its own token.
     */
    public enum Mode { LOCAL, HTTP, SOCKET, DISTRIBUTION }

    public static Config fromEnvironment() {
        return from(System.getenv()::get);
    }

    /** Reads and checks every variable; throws {@link ConfigException} naming the first bad one. */
    public static Config from(Function<String, String> env) {
        Optional<String> botToken = token(env, "SLACK_BOT_TOKEN", "xoxb-");
        Optional<String> signingSecret = secret(env, "SLACK_SIGNING_SECRET");
        Optional<String> appToken = token(env, "SLACK_APP_TOKEN", "xapp-");
        Optional<Distribution> distribution = distribution(env, botToken, signingSecret, appToken);
        if (appToken.isPresent() && botToken.isEmpty()) {
            throw new ConfigException("SLACK_BOT_TOKEN is required when SLACK_APP_TOKEN is set (Socket Mode)");
        }
        if (distribution.isEmpty() && appToken.isEmpty() && botToken.isPresent() != signingSecret.isPresent()) {
            throw new ConfigException(botToken.isPresent()
                    ? "SLACK_SIGNING_SECRET is required with SLACK_BOT_TOKEN in HTTP mode (or set SLACK_APP_TOKEN)"
                    : "SLACK_BOT_TOKEN is required with SLACK_SIGNING_SECRET");
        }
        int port = port(env, "PORT").orElse(DEFAULT_PORT);
        Optional<Integer> metricsPort = port(env, "METRICS_PORT");
        if (metricsPort.isPresent() && metricsPort.get() != 0 && metricsPort.get() == port) {
            throw new ConfigException("METRICS_PORT must differ from PORT (it keeps /metrics off the public port)");
        }
        return new Config(botToken, signingSecret, appToken, apiUrl(env), port,
                Path.of(value(env, "INDEX_DATA").orElse("index-data")), value(env, "DATABASE_URL"), metricsPort,
                onOff(env, "RECORD_QUESTIONS"), userIds(env, "GUIDE_AUTHORS"), value(env, "DEFAULT_GUIDE"),
                distribution);
    }

    /**
     * Distribution mode's settings, read only when {@code SLACK_CLIENT_ID} or {@code SLACK_CLIENT_SECRET} is set
     * (other modes ignore its variables, as before it existed).
     */
    private static Optional<Distribution> distribution(Function<String, String> env, Optional<String> botToken,
                                                       Optional<String> signingSecret, Optional<String> appToken) {
        Optional<String> clientId = secret(env, "SLACK_CLIENT_ID");
        Optional<String> clientSecret = secret(env, "SLACK_CLIENT_SECRET");
        if (clientId.isEmpty() && clientSecret.isEmpty()) {
            return Optional.empty();
        }
        if (clientId.isEmpty()) {
            throw new ConfigException("SLACK_CLIENT_ID is required with SLACK_CLIENT_SECRET (distribution mode)");
        }
        if (clientSecret.isEmpty()) {
            throw new ConfigException("SLACK_CLIENT_SECRET is required with SLACK_CLIENT_ID (distribution mode)");
        }
        if (botToken.isPresent()) {
            throw new ConfigException("SLACK_BOT_TOKEN must not be set with SLACK_CLIENT_ID: in distribution mode"
                    + " each workspace's token comes from its installation");
        }
        if (appToken.isPresent()) {
            throw new ConfigException("SLACK_APP_TOKEN must not be set with SLACK_CLIENT_ID: distribution mode is"
                    + " served over HTTP");
        }
        if (signingSecret.isEmpty()) {
            throw new ConfigException("SLACK_SIGNING_SECRET is required with SLACK_CLIENT_ID (distribution mode)");
        }
        Optional<String> keys = value(env, "TOKEN_ENCRYPTION_KEY");
        if (keys.isEmpty()) {
            throw new ConfigException("TOKEN_ENCRYPTION_KEY is required with SLACK_CLIENT_ID: 32 random bytes in"
                    + " base64 (openssl rand -base64 32) to seal tokens at rest");
        }
        TokenKeys tokenKeys;
        try {
            tokenKeys = TokenKeys.parse(keys.get());
        } catch (IllegalArgumentException e) {
            throw new ConfigException("TOKEN_ENCRYPTION_KEY must be 32 random bytes in base64 (openssl rand"
                    + " -base64 32), the sealing key first, older ones after commas: " + e.getMessage());
        }
        return Optional.of(new Distribution(clientId.get(), clientSecret.get(), tokenKeys,
                retention(env, "UNINSTALL_RETENTION"), redirectUri(env, "SLACK_REDIRECT_URI")));
    }

    /** {@code 30d}, {@code 12h}, {@code 90m}, {@code 0} or ISO-8601 ({@code P30D}). */
    private static Duration retention(Function<String, String> env, String name) {
        Optional<String> raw = value(env, name);
        if (raw.isEmpty()) {
            return Distribution.DEFAULT_UNINSTALL_RETENTION;
        }
        String text = raw.get().toLowerCase(Locale.ROOT);
        try {
            if (text.startsWith("p")) {
                Duration parsed = Duration.parse(text.toUpperCase(Locale.ROOT));
                if (!parsed.isNegative()) {
                    return parsed;
                }
            } else {
                Matcher m = Pattern.compile("(\\d{1,6})([dhm]?)").matcher(text);
                if (m.matches()) {
                    long amount = Long.parseLong(m.group(1));
                    switch (m.group(2)) {
                        case "d" -> {
                            return Duration.ofDays(amount);
                        }
                        case "h" -> {
                            return Duration.ofHours(amount);
                        }
                        case "m" -> {
                            return Duration.ofMinutes(amount);
                        }
                        default -> {
                            if (amount == 0) {
                                return Duration.ZERO;
                            }
                        }
                    }
                }
            }
        } catch (DateTimeParseException malformed) {
            // said below
        }
        throw new ConfigException(name + " must be a duration such as 30d, 12h, 90m or 0");
    }

    private static Optional<URI> redirectUri(Function<String, String> env, String name) {
        Optional<String> raw = value(env, name);
        if (raw.isEmpty()) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(raw.get());
            if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null
                    && Distribution.REDIRECT_PATH.equals(uri.getPath()) && uri.getQuery() == null) {
                return Optional.of(uri);
            }
        } catch (URISyntaxException malformed) {
            // said below
        }
        throw new ConfigException(name + " must be the app's redirect URL, https://YOUR-HOST"
                + Distribution.REDIRECT_PATH);
    }

    /** Every network interface: where the server listens outside local mode, and the metrics port always. */
    public static final String EVERY_INTERFACE = "0.0.0.0";

    /**
     * Where the server listens: on loopback only in local mode (the playground is for the person at this machine),
     * else on every interface.
     */
    public String host() {
        return mode() == Mode.LOCAL ? "127.0.0.1" : EVERY_INTERFACE;
    }

    public Mode mode() {
        if (distribution.isPresent()) {
            return Mode.DISTRIBUTION;
        }
        if (appToken.isPresent()) {
            return Mode.SOCKET;
        }
        return botToken.isPresent() ? Mode.HTTP : Mode.LOCAL;
    }

    public Config withPort(int newPort) {
        return new Config(botToken, signingSecret, appToken, slackApiUrl, newPort, indexData, databaseUrl,
                metricsPort, recordQuestions, guideAuthors, defaultGuide, distribution);
    }

    /** The same settings, talking to another Slack (HTTP mode) with this token and signing secret. */
    public Config withSlack(String newBotToken, String newSigningSecret, URI newSlackApiUrl) {
        return new Config(Optional.of(newBotToken), Optional.of(newSigningSecret), Optional.empty(), newSlackApiUrl,
                port, indexData, databaseUrl, metricsPort, recordQuestions, guideAuthors, defaultGuide,
                Optional.empty());
    }

    @Override
    public String toString() {
        return "Config[mode=" + mode() + ", botToken=" + redacted(botToken) + ", signingSecret="
                + redacted(signingSecret) + ", appToken=" + redacted(appToken) + ", slackApiUrl=" + slackApiUrl
                + ", port=" + port + ", metricsPort=" + metricsPort.map(String::valueOf).orElse("(none)")
                + ", indexData=" + indexData + ", databaseUrl="
                + databaseUrl.map(Config::withoutCredentials).orElse("(default)")
                + ", recordQuestions=" + (recordQuestions ? "on" : "off") + ", guideAuthors=" + guideAuthors.size()
                + ", defaultGuide=" + defaultGuide.orElse("(index-data)")
                + distribution.map(d -> ", distribution=" + d).orElse("") + "]";
    }

    /**
     * The text with every secret of this configuration cut out: the tokens, the signing secret, the database
     * password and the whole raw database URL. For error messages from libraries that may quote what they were
     * given.
     */
    public String redact(String text) {
        if (text == null) {
            return null;
        }
        String result = text;
        if (databaseUrl.isPresent()) {
            String url = databaseUrl.get();
            result = result.replace(url, withoutCredentials(url));
            for (String secret : databasePasswords(url)) {
                result = result.replace(secret, "…");
            }
        }
        for (Optional<String> secret : List.of(botToken, signingSecret, appToken,
                distribution.map(Distribution::clientSecret))) {
            if (secret.isPresent()) {
                result = result.replace(secret.get(), "(secret)");
            }
        }
        return result;
    }

    private static String redacted(Optional<String> secret) {
        return secret.isPresent() ? "(set)" : "(unset)";
    }

    /**
     * A database URL may carry a password: as {@code user:password@} ({@code postgres://...}) or as a parameter;
     * show neither.
     */
    private static String withoutCredentials(String databaseUrl) {
        // The user info ends at the last '@' before the path; a password may itself hold '/', '^' or '@'.
        String url = databaseUrl.replaceFirst("^([A-Za-z][A-Za-z0-9+.:-]*://)[^?;]*@", "$1…@");
        int params = url.indexOf('?');
        int semicolon = url.indexOf(';');
        int cut = params < 0 ? semicolon : (semicolon < 0 ? params : Math.min(params, semicolon));
        return cut < 0 ? url : url.substring(0, cut) + "…";
    }

    /** The password of a URL's user info and of {@code password=} parameters, raw and percent-decoded. */
    private static List<String> databasePasswords(String url) {
        List<String> passwords = new ArrayList<>();
        Matcher userInfo = Pattern.compile("^[A-Za-z][A-Za-z0-9+.:-]*://[^:@/?;]*:([^?;]*)@").matcher(url);
        if (userInfo.find() && !userInfo.group(1).isEmpty()) {
            passwords.add(userInfo.group(1));
        }
        Matcher parameter = Pattern.compile("(?i)password=([^&;]+)").matcher(url);
        while (parameter.find()) {
            passwords.add(parameter.group(1));
        }
        List<String> all = new ArrayList<>(passwords);
        for (String password : passwords) {
            try {
                all.add(URLDecoder.decode(password, StandardCharsets.UTF_8));
            } catch (IllegalArgumentException notEncoded) {
                // kept raw only
            }
        }
        all.removeIf(p -> p.length() < 3);
        return all;
    }

    private static Optional<String> value(Function<String, String> env, String name) {
        String raw = env.apply(name);
        return raw == null || raw.isBlank() ? Optional.empty() : Optional.of(raw.strip());
    }

    /** Whether {@code RECORD_QUESTIONS} asks for question text to be recorded. */
    public static boolean recordsQuestions(Function<String, String> env) {
        return onOff(env, "RECORD_QUESTIONS");
    }

    /** {@code on}/{@code off} (also true/false, yes/no, 1/0); unset is off. */
    private static boolean onOff(Function<String, String> env, String name) {
        Optional<String> raw = value(env, name);
        if (raw.isEmpty()) {
            return false;
        }
        return switch (raw.get().toLowerCase(Locale.ROOT)) {
            case "on", "true", "yes", "1" -> true;
            case "off", "false", "no", "0" -> false;
            default -> throw new ConfigException(name + " must be on or off");
        };
    }

    /**
     * Slack user ids separated by commas or spaces, each bare ({@code U012AB3CD}) or qualified by the workspace it
     * belongs to ({@code T0123ABCD:U045EF6GH}; for an org-wide install, the org: {@code E0123ABCD:W045EF6GH}).
     */
    private static Set<String> userIds(Function<String, String> env, String name) {
        Optional<String> raw = value(env, name);
        if (raw.isEmpty()) {
            return Set.of();
        }
        Set<String> ids = new LinkedHashSet<>();
        for (String id : raw.get().split("[,\\s]+")) {
            if (id.isEmpty()) {
                continue;
            }
            if (!id.matches("([TE][A-Z0-9]{2,}:)?[UW][A-Z0-9]{2,}")) {
                throw new ConfigException(name + " must list Slack user ids such as U012AB3CD, or qualified by"
                        + " workspace such as " + QUALIFIED_AUTHOR_EXAMPLE + ", separated by commas; '" + id
                        + "' is not one");
            }
            ids.add(id);
        }
        return ids;
    }

    private static final String QUALIFIED_AUTHOR_EXAMPLE = "T0123ABCD:U045EF6GH";

    /**
     * Whether this person may read the authors' report, {@code teamKey} being the request's {@link
     * careercoach.slack.TeamKey}: an entry {@code teamKey:userId} always matches; a bare user id only outside
     * distribution mode, where there is one workspace, since another workspace may have a person with the same id.
     */
    public boolean isGuideAuthor(String teamKey, String userId) {
        if (userId == null || userId.isEmpty()) {
            return false;
        }
        return (teamKey != null && guideAuthors.contains(teamKey + ":" + userId))
                || (mode() != Mode.DISTRIBUTION && guideAuthors.contains(userId));
    }

    /** What the start warns of: bare user ids in {@code GUIDE_AUTHORS} that distribution mode does not match. */
    public Optional<String> guideAuthorsWarning() {
        long bare = guideAuthors.stream().filter(id -> !id.contains(":")).count();
        if (mode() != Mode.DISTRIBUTION || bare == 0) {
            return Optional.empty();
        }
        return Optional.of("GUIDE_AUTHORS lists " + bare + " user id(s) without a workspace, which distribution mode"
                + " does not match (another workspace may have the same id): write each as team id, colon, user id,"
                + " e.g. " + QUALIFIED_AUTHOR_EXAMPLE);
    }

    private static Optional<String> token(Function<String, String> env, String name, String prefix) {
        Optional<String> token = secret(env, name);
        if (token.isPresent() && !token.get().startsWith(prefix)) {
            throw new ConfigException(name + " must start with " + prefix);
        }
        return token;
    }

    private static Optional<String> secret(Function<String, String> env, String name) {
        Optional<String> secret = value(env, name);
        if (secret.isPresent() && secret.get().chars().anyMatch(Character::isWhitespace)) {
            throw new ConfigException(name + " must not contain whitespace");
        }
        return secret;
    }

    private static Optional<Integer> port(Function<String, String> env, String name) {
        Optional<String> raw = value(env, name);
        if (raw.isEmpty()) {
            return Optional.empty();
        }
        try {
            int port = Integer.parseInt(raw.get());
            if (port < 0 || port > 65535) {
                throw new ConfigException(name + " must be a number from 0 to 65535");
            }
            return Optional.of(port);
        } catch (NumberFormatException e) {
            throw new ConfigException(name + " must be a number from 0 to 65535");
        }
    }

    private static URI apiUrl(Function<String, String> env) {
        Optional<String> raw = value(env, "SLACK_API_URL");
        if (raw.isEmpty()) {
            return DEFAULT_SLACK_API_URL;
        }
        String url = raw.get().endsWith("/") ? raw.get() : raw.get() + "/";
        try {
            URI uri = new URI(url);
            if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null) {
                throw new ConfigException("SLACK_API_URL must be an http(s) URL such as https://slack.com/api/");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new ConfigException("SLACK_API_URL must be an http(s) URL such as https://slack.com/api/");
        }
    }
}
