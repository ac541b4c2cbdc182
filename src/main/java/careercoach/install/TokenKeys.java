package careercoach.install;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The keys tokens are sealed with: the first seals, every one opens, so a key can be replaced without losing what
 * the old one sealed (see {@link TokenCipher}). Each key is 32 random bytes in base64 ({@code openssl rand -base64
 * 32}); its id, stored with every sealed token, is the start of its SHA-256, so an operator names no ids.
 * {@link #toString()} shows the ids only, never a key.
 */
public final class TokenKeys {
    private static final int KEY_BYTES = 32;

    private final Map<String, byte[]> keysById;
    private final String currentId;

    private TokenKeys(Map<String, byte[]> keysById, String currentId) {
        this.keysById = keysById;
        this.currentId = currentId;
    }

    /**
     * Reads keys separated by commas, the sealing one first.
     *
     * @throws IllegalArgumentException when a key is not base64 of 32 bytes, or none is given; the message never
     *                                  quotes a key
     */
    public static TokenKeys parse(String keys) {
        Map<String, byte[]> byId = new LinkedHashMap<>();
        List<String> ids = new ArrayList<>();
        for (String raw : keys.split(",")) {
            String text = raw.strip();
            if (text.isEmpty()) {
                continue;
            }
            byte[] key;
            try {
                key = Base64.getDecoder().decode(text);
            } catch (IllegalArgumentException notBase64) {
                throw new IllegalArgumentException("key " + (ids.size() + 1) + " is not base64");
            }
            if (key.length != KEY_BYTES) {
                throw new IllegalArgumentException("key " + (ids.size() + 1) + " is " + key.length
                        + " bytes, not " + KEY_BYTES);
            }
            String id = idOf(key);
            byId.putIfAbsent(id, key);
            ids.add(id);
        }
        if (ids.isEmpty()) {
            throw new IllegalArgumentException("no key given");
        }
        return new TokenKeys(byId, ids.get(0));
    }

    /** The id of the key that seals. */
    public String currentId() {
        return currentId;
    }

    byte[] current() {
        return keysById.get(currentId);
    }

    Optional<byte[]> byId(String id) {
        return Optional.ofNullable(keysById.get(id));
    }

    public boolean knows(String id) {
        return keysById.containsKey(id);
    }

    /** Every id, the sealing one first. */
    public List<String> ids() {
        return List.copyOf(keysById.keySet());
    }

    static String idOf(byte[] key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key);
            return HexFormat.of().formatHex(digest, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** A fresh random key in the form {@link #parse} reads (for tests and for the docs' example). */
    public static String newKey() {
        byte[] key = new byte[KEY_BYTES];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }

    @Override
    public String toString() {
        return "TokenKeys[sealing with " + currentId + ", opening " + String.join(",", keysById.keySet()) + "]";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TokenKeys keys && keys.currentId.equals(currentId)
                && keys.keysById.keySet().equals(keysById.keySet());
    }

    @Override
    public int hashCode() {
        return keysById.keySet().hashCode();
    }
}
