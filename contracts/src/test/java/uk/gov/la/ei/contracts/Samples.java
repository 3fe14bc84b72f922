package uk.gov.la.ei.contracts;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Plausible instances of the contract records, built by reflection, and the mapper the services write them with. */
final class Samples {

    /** As Quarkus configures Jackson: java.time as ISO-8601 strings, not numbers; nulls written. */
    static final ObjectMapper WIRE = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .build();

    private Samples() {
    }

    /** Every component filled in. */
    static <R extends Record> R full(Class<R> type) {
        return sample(type, Set.of(), true);
    }

    /**
     * Only the named components filled in; every other component of the top record null (or 0), and every
     * flag of the top record false – the least an event can say.
     */
    static <R extends Record> R only(Class<R> type, Set<String> keep) {
        return sample(type, keep, false);
    }

    private static <R extends Record> R sample(Class<R> type, Set<String> keep, boolean all) {
        RecordComponent[] components = type.getRecordComponents();
        Object[] args = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            RecordComponent c = components[i];
            boolean fill = all || keep.contains(c.getName()) && c.getType() != boolean.class;
            args[i] = fill ? value(c.getName(), c.getGenericType()) : empty(c.getType());
        }
        try {
            Constructor<R> canonical = type.getDeclaredConstructor(
                    Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
            return canonical.newInstance(args);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot build a " + type.getSimpleName(), e);
        }
    }

    private static Object empty(Class<?> type) {
        if (type == boolean.class) {
            return false;
        }
        return type == int.class ? 0 : null;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object value(String name, Type type) {
        if (type instanceof ParameterizedType p) {
            Class<?> raw = (Class<?>) p.getRawType();
            Type[] args = p.getActualTypeArguments();
            if (List.class.isAssignableFrom(raw)) {
                return List.of(value(name, args[0]));
            }
            if (Map.class.isAssignableFrom(raw)) {
                return Map.of(String.valueOf(value("key", args[0])), value(name, args[1]));
            }
            throw new IllegalArgumentException("no sample for " + type);
        }
        Class<?> c = (Class<?>) type;
        if (c == String.class) {
            return text(name);
        }
        if (c == UUID.class) {
            return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
        }
        if (c == Instant.class) {
            return Instant.parse("2026-11-23T12:04:00.123Z");
        }
        if (c == LocalDate.class) {
            return LocalDate.of(2026, 11, 24);
        }
        if (c == LocalDateTime.class) {
            return LocalDateTime.of(2026, 11, 24, 16, 30);
        }
        if (c == int.class || c == Integer.class) {
            return 2;
        }
        if (c == boolean.class || c == Boolean.class) {
            return true;
        }
        if (c.isEnum()) {
            return c.getEnumConstants()[0];
        }
        if (c.isRecord()) {
            return full((Class<? extends Record>) c);
        }
        throw new IllegalArgumentException("no sample for " + type);
    }

    private static String text(String name) {
        String lower = name.toLowerCase();
        if (lower.endsWith("urn")) {
            return "116123";
        }
        if (lower.endsWith("email")) {
            return "someone@example.org";
        }
        if (lower.equals("inspectiontype")) {
            return "GRADED";
        }
        if (lower.equals("framework")) {
            return "RENEWED_2025";
        }
        return "sample " + name;
    }
}
