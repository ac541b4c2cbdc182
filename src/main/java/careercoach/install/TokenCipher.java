package careercoach.install;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Seals tokens for the database with AES-256-GCM from the JDK: {@code v1:<key id>:<base64 of nonce and ciphertext
 * with its tag>}, a fresh 12-byte nonce each time. The place a token is kept (its installation and field) is bound
 * in as associated data, so a sealed token copied into another workspace's row does not open there: one
 * workspace's token can never be taken for another's, even by someone who can write to the database.
 */
public final class TokenCipher {
    private static final String VERSION = "v1";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final TokenKeys keys;
    private final SecureRandom random = new SecureRandom();

    public TokenCipher(TokenKeys keys) {
        this.keys = keys;
    }

    public TokenKeys keys() {
        return keys;
    }

    /** Seals {@code token} for the place {@code where} (e.g. {@code T123/bot}), under the current key. */
    public String seal(String token, String where) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(keys.current(), "AES"),
                    new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(where.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(token.getBytes(StandardCharsets.UTF_8));
            byte[] out = new byte[NONCE_BYTES + sealed.length];
            System.arraycopy(nonce, 0, out, 0, NONCE_BYTES);
            System.arraycopy(sealed, 0, out, NONCE_BYTES, sealed.length);
            return VERSION + ":" + keys.currentId() + ":" + Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every JDK", e);
        }
    }

    /**
     * Opens a token sealed for {@code where} under any configured key.
     *
     * @throws UnreadableTokenException when its key is not configured, or it was sealed for another place or
     *                                  changed (the tag does not match)
     */
    public String open(String sealed, String where) {
        String[] parts = sealed.split(":", 3);
        if (parts.length != 3 || !VERSION.equals(parts[0])) {
            throw new UnreadableTokenException("not a sealed token");
        }
        byte[] key = keys.byId(parts[1]).orElseThrow(() -> new UnreadableTokenException(
                "sealed with key " + parts[1] + ", which TOKEN_ENCRYPTION_KEY does not hold"));
        try {
            byte[] in = Base64.getDecoder().decode(parts[2]);
            if (in.length <= NONCE_BYTES) {
                throw new UnreadableTokenException("too short");
            }
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(key, "AES"),
                    new GCMParameterSpec(TAG_BITS, in, 0, NONCE_BYTES));
            cipher.updateAAD(where.getBytes(StandardCharsets.UTF_8));
            return new String(cipher.doFinal(in, NONCE_BYTES, in.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException | AEADBadTagException e) {
            throw new UnreadableTokenException("sealed for another place, or changed");
        } catch (GeneralSecurityException e) {
            throw new UnreadableTokenException("cannot be opened: " + e.getClass().getSimpleName());
        }
    }

    /** The id of the key a token was sealed with. */
    public static String keyIdOf(String sealed) {
        String[] parts = sealed.split(":", 3);
        return parts.length == 3 ? parts[1] : "";
    }

    public boolean sealedWithCurrentKey(String sealed) {
        return keyIdOf(sealed).equals(keys.currentId());
    }
}
