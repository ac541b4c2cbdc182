package careercoach.slack.coach;

import careercoach.coach.Coach;
import careercoach.coach.Conversation;
import careercoach.coach.ProgressChart;
import careercoach.coach.ProgressReport;
import careercoach.guide.Guide;
import careercoach.slack.Mrkdwn;
import careercoach.slack.SlackDeliveryException;
import careercoach.slack.SlackSurface;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.request.files.FilesCompleteUploadExternalRequest;
import com.slack.api.methods.response.files.FilesGetUploadURLExternalResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;


/**
 * The progress chart in the person's DM: drawn ({@link ProgressChart}), uploaded with
 * {@code files.getUploadURLExternal} with the values in words as its alt text, the bytes sent to the upload URL Slack
 * gave, then {@code files.completeUploadExternal} shares it into the DM as one message, with a line saying what it
 * shows. (A message with an image block of the file as well would show the chart twice, and an image block of a file
 * not shared anywhere is refused as {@code invalid_blocks}.) Always after the ack, never before the text plan, and only ever into the person's own DM: the
 * picture is extra, so any failure is logged and counted, and the person keeps the text.
 */
final class ProgressPictures {
    private static final Logger LOG = LoggerFactory.getLogger(ProgressPictures.class);
    static final String FILE_NAME = "skill-ratings.png";
    static final String TITLE = "Your skill ratings";
    private static final Duration UPLOAD_TIMEOUT = Duration.ofSeconds(20);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    private final Coach coach;

    ProgressPictures(Coach coach) {
        this.coach = coach;
    }

    /** After the ack: the chart of the person's latest check (and the one before) into their DM, if they have one. */
    void sendLater(SlackSurface surface, MethodsClient client, String teamId, String userId) {
        surface.executor().execute(() -> send(surface, client, teamId, userId));
    }

    void send(SlackSurface surface, MethodsClient client, String teamId, String userId) {
        send(surface, client, () -> coach.progress(teamId, userId), userId, Optional.empty());
    }

    /**
     * After a check finished: the chart of that check. For a check toward another role, the checks toward that role
     * (the latest and the one before), the line naming the role; never the own role's checks in its place.
     */
    void sendFinished(SlackSurface surface, MethodsClient client, String teamId, String userId,
                      Conversation finished) {
        if (!finished.isTowardRole()) {
            send(surface, client, teamId, userId);
            return;
        }
        Optional<String> role = Optional.of(surface.guides().library().find(finished.targetGuideId())
                .map(Guide::title).orElse(finished.targetGuideId()));
        send(surface, client, () -> coach.progressTowardRoles(teamId, userId).stream()
                .filter(r -> r.latest().conversationId().equals(finished.id())).findFirst(), userId, role);
    }

    private void send(SlackSurface surface, MethodsClient client, Supplier<Optional<ProgressReport>> ofCheck,
                      String userId, Optional<String> toward) {
        Optional<ProgressReport> report;
        ProgressChart.Picture picture;
        try {
            report = ofCheck.get();
            if (report.isEmpty()) {
                return;
            }
            picture = ProgressChart.render(report.get());
        } catch (RuntimeException | Error e) {
            // No font, no image writer, the store away for a moment: the person has the text plan already.
            LOG.warn("could not draw a progress chart: {}", e.toString());
            count(surface, "not_drawn");
            return;
        }
        try {
            String dm = surface.webApi().call("conversations.open",
                    () -> client.conversationsOpen(r -> r.users(List.of(userId)))).getChannel().getId();
            FilesGetUploadURLExternalResponse upload = surface.webApi().call("files.getUploadURLExternal",
                    () -> client.filesGetUploadURLExternal(r -> r.filename(FILE_NAME)
                            .length(picture.png().length).altTxt(picture.altText())));
            if (!sendBytes(upload.getUploadUrl(), picture.png())) {
                count(surface, "upload_failed");
                return;
            }
            String comment = toward.map(title -> "Toward *" + Mrkdwn.escape(title) + "*: ").orElse("")
                    + comment(report.get().previous().isPresent());
            surface.webApi().call("files.completeUploadExternal", () -> client.filesCompleteUploadExternal(r -> r
                    .files(List.of(FilesCompleteUploadExternalRequest.FileDetails.builder()
                            .id(upload.getFileId()).title(TITLE).build()))
                    .channelId(dm).initialComment(comment)));
            count(surface, "sent");
        } catch (SlackDeliveryException e) {
            LOG.warn("could not send a progress chart: {}", e.error());
            count(surface, "not_sent");
        }
    }

    /** The line the chart is shared with: what it compares. */
    static String comment(boolean hadPrevious) {
        return hadPrevious ? "Your skill ratings: now and at your previous check." : "Your skill ratings now.";
    }

    /** Sends the bytes to the upload URL Slack gave (no token: the URL itself is the permission). */
    private static boolean sendBytes(String uploadUrl, byte[] png) {
        if (uploadUrl == null || !(uploadUrl.startsWith("https://") || uploadUrl.startsWith("http://"))) {
            LOG.warn("files.getUploadURLExternal gave no usable upload URL");
            return false;
        }
        try {
            HttpResponse<Void> response = HTTP.send(HttpRequest.newBuilder(URI.create(uploadUrl))
                    .timeout(UPLOAD_TIMEOUT)
                    .header("Content-Type", "image/png")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(png)).build(), HttpResponse.BodyHandlers.discarding());
            if (response.statusCode() / 100 != 2) {
                LOG.warn("uploading a progress chart answered HTTP {}", response.statusCode());
                return false;
            }
            return true;
        } catch (IOException | IllegalArgumentException e) {
            LOG.warn("could not upload a progress chart: {}", e.toString());
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void count(SlackSurface surface, String outcome) {
        surface.metrics().counter("career.progress.charts", "outcome", outcome).increment();
    }
}
