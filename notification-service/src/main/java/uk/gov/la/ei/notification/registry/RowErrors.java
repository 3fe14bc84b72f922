package uk.gov.la.ei.notification.registry;

import java.util.ArrayList;
import java.util.List;

/**
 * The problems found in a file, capped: the first {@link #MAX_LISTED} are kept with their line and
 * column, the rest only counted – a file where every row is wrong must not become an answer (or a
 * heap) as large as the file.
 */
public final class RowErrors {

    public static final int MAX_LISTED = 100;

    private final List<RowError> listed = new ArrayList<>();
    private long count;

    public void add(RowError error) {
        count++;
        if (listed.size() < MAX_LISTED) {
            listed.add(error);
        }
    }

    public void addAll(CsvReadResult<?> read) {
        read.errors().forEach(this::add);
        count += read.errorCount() - read.errors().size();
    }

    /** The first {@link #MAX_LISTED}, in file order. */
    public List<RowError> listed() {
        return List.copyOf(listed);
    }

    /** How many there are in all. */
    public long count() {
        return count;
    }

    public boolean isEmpty() {
        return count == 0;
    }
}
