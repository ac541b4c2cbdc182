package careercoach.install;

import org.junit.jupiter.api.Test;

import java.util.Base64;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TokenCipherTest {
    private static final String TOKEN = "xoxb-1234-5678-secretpart";
    private final String oldKey = TokenKeys.newKey();
    private final String newKey = TokenKeys.newKey();

    @Test
    void seal_thenOpen_givesTheTokenBack() {
        TokenCipher cipher = new TokenCipher(TokenKeys.parse(newKey));

        String sealed = cipher.seal(TOKEN, "T1/bot");

        assertEquals(TOKEN, cipher.open(sealed, "T1/bot"));
    }

    @Test
    void seal_holdsNothingOfTheTokenAndDiffersEveryTime() {
        TokenCipher cipher = new TokenCipher(TokenKeys.parse(newKey));

        String one = cipher.seal(TOKEN, "T1/bot");
        String two = cipher.seal(TOKEN, "T1/bot");

        assertNotEquals(one, two);
        assertFalse(one.contains("xoxb") || one.contains("secretpart"), one);
        assertTrue(one.startsWith("v1:" + cipher.keys().currentId() + ":"), one);
    }

    @Test
    void open_aTokenMovedToAnotherWorkspacesRow_isRefused() {
        TokenCipher cipher = new TokenCipher(TokenKeys.parse(newKey));
        String sealedForOne = cipher.seal(TOKEN, "T1/bot");

        assertThrows(UnreadableTokenException.class, () -> cipher.open(sealedForOne, "T2/bot"));
        assertThrows(UnreadableTokenException.class, () -> cipher.open(sealedForOne, "T1/refresh"));
    }

    @Test
    void open_aChangedCiphertext_isRefused() {
        TokenCipher cipher = new TokenCipher(TokenKeys.parse(newKey));
        String sealed = cipher.seal(TOKEN, "T1/bot");
        char last = sealed.charAt(sealed.length() - 3);
        String changed = sealed.substring(0, sealed.length() - 3) + (last == 'A' ? 'B' : 'A')
                + sealed.substring(sealed.length() - 2);

        assertThrows(UnreadableTokenException.class, () -> cipher.open(changed, "T1/bot"));
    }

    @Test
    void rotation_theOldKeyStillOpensWhatItSealed_theNewOneSeals() {
        String sealedUnderOld = new TokenCipher(TokenKeys.parse(oldKey)).seal(TOKEN, "T1/bot");
        TokenCipher rotated = new TokenCipher(TokenKeys.parse(newKey + "," + oldKey));

        assertEquals(TOKEN, rotated.open(sealedUnderOld, "T1/bot"));
        assertFalse(rotated.sealedWithCurrentKey(sealedUnderOld));
        assertTrue(rotated.sealedWithCurrentKey(rotated.seal(TOKEN, "T1/bot")));
    }

    @Test
    void open_underAKeyNoLongerConfigured_namesTheKeyIdOnly() {
        TokenKeys old = TokenKeys.parse(oldKey);
        String sealed = new TokenCipher(old).seal(TOKEN, "T1/bot");

        UnreadableTokenException e = assertThrows(UnreadableTokenException.class,
                () -> new TokenCipher(TokenKeys.parse(newKey)).open(sealed, "T1/bot"));

        assertTrue(e.getMessage().contains(old.currentId()), e.getMessage());
        assertFalse(e.getMessage().contains(oldKey));
    }

    @Test
    void parse_aKeyOfTheWrongLength_saysSoWithoutQuotingIt() {
        String shortKey = Base64.getEncoder().encodeToString(new byte[16]);

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TokenKeys.parse(shortKey));

        assertTrue(e.getMessage().contains("16 bytes, not 32"), e.getMessage());
        assertFalse(e.getMessage().contains(shortKey));
        assertThrows(IllegalArgumentException.class, () -> TokenKeys.parse("not base64 at all!"));
        assertThrows(IllegalArgumentException.class, () -> TokenKeys.parse(" , "));
    }

    @Test
    void toString_showsKeyIdsNeverKeys() {
        TokenKeys keys = TokenKeys.parse(newKey + "," + oldKey);

        assertFalse(keys.toString().contains(newKey) || keys.toString().contains(oldKey), keys.toString());
        assertEquals(2, keys.ids().size());
    }
}
