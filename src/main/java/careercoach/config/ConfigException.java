package careercoach.config;

/** A missing or malformed environment variable; the message names the variable and never echoes its value. */
public final class ConfigException extends RuntimeException {
    public ConfigException(String message) {
        super(message);
    }
}
