package careercoach.slack;

import careercoach.guide.Guide;
import careercoach.text.UserText;
import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.methods.SlackApiException;

import java.io.IOException;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code /career} router. Features register subcommands here; help lists exactly what is registered,
 * in registration order. {@code help} and {@code ask} are subcommands too: the parser sends the empty command
 * and unknown single words to {@code help}, and free-text questions to {@code ask}.
 */
public final class CareerCommands {
    public static final String COMMAND = "/career";
    public static final String HELP = SubcommandParser.HELP;
    public static final String ASK = SubcommandParser.ASK;

    private final Map<String, Subcommand> subcommands = new LinkedHashMap<>();
    private final UserGuides guides;
    private volatile SubcommandParser parser = new SubcommandParser(List.of());

    public CareerCommands(UserGuides guides) {
        this.guides = guides;
    }

    /** Adds a subcommand; a name can be registered once. */
    public synchronized void register(Subcommand subcommand) {
        if (subcommands.putIfAbsent(subcommand.name(), subcommand) != null) {
            throw new IllegalArgumentException("subcommand registered twice: " + subcommand.name());
        }
        parser = new SubcommandParser(subcommands.keySet());
    }

    /** Every registered subcommand, in registration order (what help shows). */
    public synchronized List<Subcommand> subcommands() {
        return new ArrayList<>(subcommands.values());
    }

    /**
     * What help offers this person of the workspace {@code teamKey} ({@link TeamKey}): the subcommands their guide
     * has content for and they may use.
     */
    public List<Subcommand> subcommandsFor(String teamKey, String userId, Guide guide) {
        return subcommands().stream().filter(c -> c.isShownTo(teamKey, userId, guide)).toList();
    }

    Response handle(SlashCommandRequest request, SlashCommandContext context)
            throws IOException, SlackApiException {
        SlashCommandPayload payload = request.getPayload();
        if (payload.getTeamId() == null || payload.getUserId() == null) {
            throw new IllegalArgumentException("a slash command without team or user id");
        }
        ParsedCommand parsed = parser.parse(UserText.fromSlack(payload.getText()));
        String name;
        String args;
        if (parsed instanceof ParsedCommand.Named named) {
            name = named.name();
            args = named.args();
        } else if (parsed instanceof ParsedCommand.Question question) {
            name = ASK;
            args = question.text();
        } else {
            name = HELP;
            args = ((ParsedCommand.Help) parsed).unknown();
        }
        Subcommand subcommand = subcommands.get(name);
        if (subcommand == null) {
            throw new IllegalStateException("no handler for /career " + name);
        }
        var guide = guides.guideFor(TeamKey.of(context, payload.getTeamId()), payload.getUserId());
        return subcommand.handler().handle(new CommandCall(name, args, guide, payload, context));
    }
}
