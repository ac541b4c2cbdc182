package careercoach.store;

/**
 * Remembers which Slack deliveries were already handled, so a redelivery (same {@code event_id}, or a retried
 * interaction) is answered once. Shared through the store when several instances run.
 */
public interface ProcessedEvents {

    /** True the first time this id is seen; false for every later delivery of it. */
    boolean firstDelivery(String deliveryId);
}
