package careercoach.slack.guide;

import careercoach.guide.Guide;
import com.slack.api.app_backend.slash_commands.response.SlashCommandResponse;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.util.JsonOps;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The ack of a section command, serialised once per guide: it depends on nothing but the guide and the section, and
 * building the blocks and writing them as JSON was most of the time of a {@code /career skills}. An entry belongs to
 * one {@link Guide} object, so a library loaded again (new objects for changed guides) misses and renders afresh,
 * and the old entry is replaced: at most one set of bodies per guide id is kept.
 */
final class SectionAcks {
    private record Rendered(Guide guide, Map<String, String> bodies) {
    }

    private final Map<String, Rendered> byGuideId = new ConcurrentHashMap<>();

    /** The ack for this section of this guide; {@code render} builds the answer the first time. */
    Response ack(Guide guide, String sectionId, Supplier<SlashCommandResponse> render) {
        Rendered rendered = byGuideId.compute(guide.id(), (id, known) ->
                known != null && known.guide() == guide ? known : new Rendered(guide, new ConcurrentHashMap<>()));
        String body = rendered.bodies().computeIfAbsent(sectionId, id -> JsonOps.toJsonString(render.get()));
        return Response.builder().statusCode(200).contentType(Response.CONTENT_TYPE_APPLICATION_JSON_UTF8)
                .body(body).build();
    }
}
