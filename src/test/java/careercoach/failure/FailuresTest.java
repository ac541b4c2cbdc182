package careercoach.failure;

import com.google.gson.JsonNull;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FailuresTest {

    @Test
    void isMalformedInput_whatAParserRaisesOnThePayload() {
        assertTrue(Failures.isMalformedInput(assertThrows(RuntimeException.class,
                () -> JsonParser.parseString("{not"))));
        assertTrue(Failures.isMalformedInput(assertThrows(UnsupportedOperationException.class,
                () -> JsonNull.INSTANCE.getAsString())));
        assertTrue(Failures.isMalformedInput(assertThrows(IllegalStateException.class,
                () -> JsonParser.parseString("[1]").getAsJsonObject())));
        assertTrue(Failures.isMalformedInput(assertThrows(RuntimeException.class,
                () -> LocalDate.parse("2024-13-45"))));
        assertTrue(Failures.isMalformedInput(assertThrows(NumberFormatException.class,
                () -> Long.parseLong("x"))));
        assertTrue(Failures.isMalformedInput(new RuntimeException(new MalformedPayloadException("no user"))));
    }

    @Test
    void isMalformedInput_notOurOwnBugs_whereverInTheCauseChain() {
        String missing = null;
        NullPointerException npe = assertThrows(NullPointerException.class, () -> missing.length());
        assertFalse(Failures.isMalformedInput(npe));
        assertFalse(Failures.isMalformedInput(new RuntimeException(npe)));
        assertFalse(Failures.isMalformedInput(new IllegalStateException("our state")));
        assertFalse(Failures.isMalformedInput(assertThrows(IndexOutOfBoundsException.class,
                () -> List.of().get(0))));
        Object text = "text";
        assertFalse(Failures.isMalformedInput(assertThrows(ClassCastException.class,
                () -> System.out.println((Integer) text))));
    }
}
