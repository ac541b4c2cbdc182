package careercoach.playground;

import io.javalin.http.Context;

import java.security.SecureRandom;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Lets only the playground's own page, open in a browser on this machine, use the playground. A web page of any
 * other site in another tab can send requests to localhost too, and a name that resolves to 127.0.0.1 (DNS
 * rebinding) can even read the answers; either could post as Maya or reset the playground, which runs forget-me
 * on the local database. So every request must name this server by a loopback name and the port it serves on
 * ({@code Host}); a request a browser sends from another site ({@code Origin}) is refused; actions must be JSON,
 * which no other site can send without the browser asking first; and reading the workspace or acting needs the
 * token of a page this server served.
 */
final class PageGuard {
    /** The header the page sends its token in. */
    static final String TOKEN_HEADER = "X-Playground-Token";
    /** Pages served whose tokens are still good: a tab opened long ago and many pages since asks for a reload. */
    private static final int PAGES_REMEMBERED = 64;
    private static final List<String> LOOPBACK_NAMES = List.of("localhost", "127.0.0.1", "[::1]");

    /** Why a request was refused: its status and one line for the page. */
    record Refusal(int status, String reason) {
    }

    private final SecureRandom random = new SecureRandom();
    private final Set<String> tokens = Collections.newSetFromMap(Collections.synchronizedMap(
            new LinkedHashMap<>(16, 0.75f, false) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
                    return size() > PAGES_REMEMBERED;
                }
            }));
    private volatile Set<String> hosts = Set.of();

    /** The port the app serves on; until it is known, every request is refused. */
    void serving(int port) {
        this.hosts = Set.copyOf(LOOPBACK_NAMES.stream().map(name -> name + ":" + port).toList());
    }

    /** A token for a page about to be served. */
    String newToken() {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        String token = HexFormat.of().formatHex(bytes);
        tokens.add(token);
        return token;
    }

    /** Any request: the page, its assets and its event stream. */
    Optional<Refusal> checkPage(Context ctx) {
        String host = ctx.header("Host");
        if (host == null || !hosts.contains(host.toLowerCase(Locale.ROOT))) {
            return Optional.of(new Refusal(403, "the playground answers only at " + hosts.stream()
                    .filter(h -> h.startsWith("localhost:")).map(h -> "http://" + h + "/").findFirst()
                    .orElse("its loopback address")));
        }
        String origin = ctx.header("Origin");
        if (origin != null && !hosts.contains(origin.toLowerCase(Locale.ROOT).replaceFirst("^http://", ""))) {
            return Optional.of(new Refusal(403, "refused a request from another site"));
        }
        return Optional.empty();
    }

    /** Reading what a person sees: the page's checks and its token. */
    Optional<Refusal> checkRead(Context ctx) {
        return checkPage(ctx).or(() -> checkToken(ctx));
    }

    /** An action: the page's checks, a JSON body and its token. */
    Optional<Refusal> checkAction(Context ctx) {
        return checkPage(ctx).or(() -> {
            String type = ctx.header("Content-Type");
            String mediaType = type == null ? "" : type.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
            return mediaType.equals("application/json") ? Optional.empty()
                    : Optional.of(new Refusal(415, "send the action as JSON (Content-Type: application/json)"));
        }).or(() -> checkToken(ctx));
    }

    private Optional<Refusal> checkToken(Context ctx) {
        String token = ctx.header(TOKEN_HEADER);
        return token != null && tokens.contains(token) ? Optional.empty()
                : Optional.of(new Refusal(403, "this page is out of date: reload the playground"));
    }
}
