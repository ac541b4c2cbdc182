package careercoach.privacy;

/**
 * A copy in memory of something about a person (a cache keyed by user id: time zones, guide choices). Every such
 * cache registers with {@link ForgetMe#register}, so {@code /career forget-me} leaves no copy behind.
 */
public interface PersonalCache {

    /** Drops whatever this cache holds about the user. */
    void forgetCached(String teamId, String userId);
}
