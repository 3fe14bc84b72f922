package uk.gov.la.ei.platform.bounds;

import java.util.Map;

/**
 * The chassis's columns written by SQL rather than through an entity, with the longest value the code
 * lets through. The chassis contract test of every service checks each against the live column, as it
 * checks every entity's {@code @Size} (a value too long for its column must be refused before the
 * database, by name).
 */
public final class SqlWrittenColumns {

    public static final int CONSUMER = 100;
    public static final int EVENT_ID = 200;
    public static final int EVENT_TYPE = 200;
    public static final int RECORD_KEY = 64;

    public static final Map<String, Integer> MAX_LENGTHS = Map.of(
            "processed_event.consumer", CONSUMER,
            "processed_event.event_id", EVENT_ID,
            "processed_event.event_type", EVENT_TYPE,
            "outbox_key.record_key", RECORD_KEY);

    private SqlWrittenColumns() {
    }
}
