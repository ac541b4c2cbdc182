package careercoach.slack;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A button that only shows something shows it once per double click, and again when pressed again later. */
class PressesTest {
    private final SlackSurface surface = new SlackSurface(null, null, null, null, null, null, null, null, null,
            new InMemoryProcessedEvents(100));

    private static BlockActionPayload pressAt(String actionTs) {
        BlockActionPayload.Action action = new BlockActionPayload.Action();
        action.setActionId("career_show_section");
        action.setBlockId("b1");
        action.setValue("guide|top-skills");
        action.setActionTs(actionTs);
        BlockActionPayload payload = new BlockActionPayload();
        payload.setActions(List.of(action));
        BlockActionPayload.User user = new BlockActionPayload.User();
        user.setId("U1");
        payload.setUser(user);
        return payload;
    }

    @Test
    void aDoubleClick_showsOnce() {
        assertTrue(Presses.firstWithinWindow(surface, "T1", pressAt("1700000001.000100")));
        assertFalse(Presses.firstWithinWindow(surface, "T1", pressAt("1700000001.400200")));
    }

    @Test
    void aDoubleClickAcrossTheEndOfAWindow_showsOnce() {
        assertTrue(Presses.firstWithinWindow(surface, "T1", pressAt("1700000009.900000")));
        assertFalse(Presses.firstWithinWindow(surface, "T1", pressAt("1700000010.100000")));
    }

    @Test
    void theSameClickDeliveredAgain_showsOnce() {
        assertTrue(Presses.firstWithinWindow(surface, "T1", pressAt("1700000003.000100")));
        assertFalse(Presses.firstWithinWindow(surface, "T1", pressAt("1700000003.000100")));
    }

    @Test
    void pressedAgainLater_showsAgain() {
        assertTrue(Presses.firstWithinWindow(surface, "T1", pressAt("1700000001.000100")));
        assertTrue(Presses.firstWithinWindow(surface, "T1", pressAt("1700000031.000100")));
    }

    @Test
    void anotherPersonsPress_isTheirOwn() {
        assertTrue(Presses.firstWithinWindow(surface, "T1", pressAt("1700000001.000100")));
        assertTrue(Presses.firstWithinWindow(surface, "T2", pressAt("1700000001.000100")));
    }
}
