package uk.gov.la.ei.contracts;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import uk.gov.la.ei.contracts.events.EventCatalog;
import uk.gov.la.ei.contracts.events.IntegrationEvent;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The catalogue is the one place producers and consumers agree on an event's type, topic and payload. */
class EventCatalogTest {

    private static final Set<String> INTERNAL_TOPICS =
            Set.of(Topics.INSPECTIONS, Topics.SUPPORT_CASES, Topics.FEEDBACK, Topics.WELLBEING);

    @Test
    void typesAreUnique() {
        List<String> types = Arrays.stream(EventCatalog.values()).map(EventCatalog::type).toList();
        assertThat(types).doesNotHaveDuplicates();
    }

    @Test
    void payloadsAreUnique() {
        List<Class<?>> payloads = Arrays.stream(EventCatalog.values()).map(EventCatalog::payload)
                .collect(Collectors.toList());
        assertThat(payloads).doesNotHaveDuplicates();
    }

    @ParameterizedTest
    @EnumSource(EventCatalog.class)
    void typeIsVersionedV1AndNamedAfterItsRecord(EventCatalog entry) {
        assertThat(entry.type()).endsWith(".v1");
        // ContactsAssigned -> uk.gov.la.ei.contacts-assigned.v1, constant CONTACTS_ASSIGNED
        String kebab = entry.payload().getSimpleName().replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase();
        assertThat(entry.type()).isEqualTo("uk.gov.la.ei." + kebab + ".v1");
        assertThat(entry.name()).isEqualTo(kebab.replace('-', '_').toUpperCase());
    }

    @ParameterizedTest
    @EnumSource(EventCatalog.class)
    void payloadIsAFactKeyedByUrnOnAnInternalTopic(EventCatalog entry) {
        assertThat(entry.payload().isRecord()).as("%s is a record", entry.payload()).isTrue();
        assertThat(IntegrationEvent.class).isAssignableFrom(entry.payload());
        assertThat(Arrays.stream(entry.payload().getRecordComponents()).map(RecordComponent::getName))
                .contains("urn");
        assertThat(INTERNAL_TOPICS).contains(entry.topic());
    }

    @ParameterizedTest
    @EnumSource(EventCatalog.class)
    void anEventIsFoundByItsClassAndByItsType(EventCatalog entry) {
        IntegrationEvent event = (IntegrationEvent) Samples.full(entry.payload().asSubclass(Record.class));

        assertThat(EventCatalog.of(event)).isEqualTo(entry);
        assertThat(EventCatalog.ofType(entry.type())).contains(entry);
    }

    @Test
    void anUnknownTypeIsNotFound() {
        assertThat(EventCatalog.ofType("uk.gov.la.ei.contacts-assigned.v2")).isEmpty();
        assertThatThrownBy(() -> EventCatalog.of(() -> "116123"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not in the catalogue");
    }

    @ParameterizedTest
    @EnumSource(EventCatalog.class)
    void payloadSurvivesTheWireUnchanged(EventCatalog entry) throws IOException {
        Record event = Samples.full(entry.payload().asSubclass(Record.class));

        String json = Samples.WIRE.writeValueAsString(event);

        assertThat(Samples.WIRE.readValue(json, entry.payload())).isEqualTo(event);
        assertThat(json).doesNotContainPattern("\"[a-zA-Z]+\":\\[20[0-9]{2},"); // no java.time as number arrays
    }

    @Test
    void everyTopicCarriesAtLeastOneEvent() {
        Set<String> topics = Arrays.stream(EventCatalog.values()).map(EventCatalog::topic).collect(Collectors.toSet());
        assertThat(topics).isEqualTo(INTERNAL_TOPICS);
    }

    @Test
    void everyIntegrationEventRecordInTheEventsPackageIsInTheCatalogue() throws Exception {
        Set<Class<?>> events = classesInPackageOf(IntegrationEvent.class).stream()
                .filter(c -> c.isRecord() && IntegrationEvent.class.isAssignableFrom(c))
                .collect(Collectors.toSet());
        Set<Class<?>> catalogued = Arrays.stream(EventCatalog.values()).map(EventCatalog::payload)
                .collect(Collectors.toSet());

        assertThat(events).as("the scan found the events").hasSizeGreaterThanOrEqualTo(EventCatalog.values().length);
        assertThat(catalogued).containsExactlyInAnyOrderElementsOf(events);
    }

    @Test
    void everyClassImplementingIntegrationEventIsARecord() throws Exception {
        assertThat(classesInPackageOf(IntegrationEvent.class).stream()
                .filter(c -> IntegrationEvent.class.isAssignableFrom(c) && c != IntegrationEvent.class))
                .allMatch(Class::isRecord);
    }

    /** The top-level classes compiled into a package, whether it sits in a directory or a jar. */
    static List<Class<?>> classesInPackageOf(Class<?> anchor) throws IOException, URISyntaxException {
        String folder = anchor.getPackageName().replace('.', '/');
        URL url = anchor.getClassLoader().getResource(folder);
        assertThat(url).as("package folder " + folder).isNotNull();
        URI uri = url.toURI();
        if ("jar".equals(uri.getScheme())) {
            try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
                return load(anchor, jar.getPath(folder));
            }
        }
        return load(anchor, Path.of(uri));
    }

    private static List<Class<?>> load(Class<?> anchor, Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".class") && !n.contains("$"))
                    .map(n -> anchor.getPackageName() + "." + n.substring(0, n.length() - ".class".length()))
                    .map(EventCatalogTest::forName)
                    .collect(Collectors.toList());
        }
    }

    private static Class<?> forName(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
