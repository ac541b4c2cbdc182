package careercoach.slack.install;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * The bot scopes an install asks for, read from {@code manifest.yml} ({@code oauth_config.scopes.bot}), which the
 * build puts into the jar: the app created from the manifest and the app installed with "Add to Slack" ask for the
 * same scopes, from one list.
 */
public final class InstallScopes {
    static final String MANIFEST = "slack/manifest.yml";

    private InstallScopes() {
    }

    /** The bot scopes, comma-separated as Slack's authorize URL takes them. */
    public static String bot() {
        try (InputStream in = InstallScopes.class.getClassLoader().getResourceAsStream(MANIFEST)) {
            if (in == null) {
                throw new IllegalStateException("the jar holds no " + MANIFEST + " to read the bot scopes from");
            }
            JsonNode scopes = new ObjectMapper(new YAMLFactory()).readTree(in).at("/oauth_config/scopes/bot");
            List<String> bot = new ArrayList<>();
            scopes.forEach(scope -> bot.add(scope.asText()));
            if (bot.isEmpty()) {
                throw new IllegalStateException(MANIFEST + " lists no bot scopes under oauth_config.scopes.bot");
            }
            return String.join(",", bot);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + MANIFEST + ": " + e.getMessage(), e);
        }
    }
}
