package uk.gov.la.ei.testinfra;

import jakarta.persistence.EntityManager;
import jakarta.validation.constraints.Size;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.metamodel.mapping.AttributeMapping;
import org.hibernate.metamodel.mapping.SelectableMapping;
import org.hibernate.metamodel.mapping.BasicEntityIdentifierMapping;
import org.hibernate.property.access.spi.PropertyAccess;

import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Member;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * "Every bound, end to end": a value longer than its column must be refused before the database, by
 * name. This reads the service's live schema (every {@code varchar(n)} column of every table) and the
 * entities' mapping, and lists every column that is not covered: mapped by an entity String attribute
 * without {@code @Size(max = m)}, with m greater than n, or written by SQL without a declared bound no
 * longer than n ({@code platform.bounds.SqlWrittenColumns}). Narrowing a column makes it fail.
 */
final class ColumnBounds {

    private ColumnBounds() {
    }

    /** The problems found; empty when every varchar column is bounded. */
    static List<String> problems(EntityManager em, Map<String, Integer> alsoWrittenBySql) {
        Map<String, Integer> columns = varcharColumns(em);
        Map<String, Integer> bounds = new TreeMap<>(sqlWritten());
        bounds.putAll(alsoWrittenBySql);
        List<String> problems = new ArrayList<>();
        SessionFactoryImplementor factory = em.getEntityManagerFactory().unwrap(SessionFactoryImplementor.class);
        factory.getMappingMetamodel().forEachEntityDescriptor(entity -> {
            if (entity.getIdentifierMapping() instanceof BasicEntityIdentifierMapping id) {
                collect(entity.getEntityName() + "." + id.getAttributeName(), id.getPropertyAccess(), id, bounds, problems);
            }
            entity.getAttributeMappings().forEach((AttributeMapping attribute) -> {
                Class<?> type = attribute.getJavaType().getJavaTypeClass();
                if (type == String.class) {
                    collect(entity.getEntityName() + "." + attribute.getAttributeName(), attribute.getPropertyAccess(),
                            attribute, bounds, problems);
                } else if (type.isEnum()) {
                    // an enum stored by name: its longest constant is the longest value
                    int longest = java.util.Arrays.stream(type.getEnumConstants()).mapToInt(c -> ((Enum<?>) c).name().length())
                            .max().orElse(0);
                    attribute.forEachSelectable((index, selectable) -> bounds.merge(columnOf(selectable), longest, Math::max));
                }
            });
        });
        columns.forEach((column, length) -> {
            Integer bound = bounds.get(column);
            if (bound == null || bound == Integer.MAX_VALUE) {
                problems.add(column + " varchar(" + length + ") is written without a bound (no @Size on its entity attribute,"
                        + " not a declared SQL-written column)");
            } else if (bound > length) {
                problems.add(column + " varchar(" + length + ") may receive " + bound + " characters");
            }
        });
        return problems;
    }

    private static void collect(String attributeName, PropertyAccess access, org.hibernate.metamodel.mapping.ModelPart part,
                                Map<String, Integer> bounds, List<String> problems) {
        Member member = access.getGetter().getMember();
        Size size = member instanceof AnnotatedElement annotated ? annotated.getAnnotation(Size.class) : null;
        int bound = size == null ? Integer.MAX_VALUE : size.max();
        part.forEachSelectable((index, selectable) -> bounds.merge(columnOf(selectable), bound, Math::max));
    }

    private static String columnOf(SelectableMapping selectable) {
        String table = selectable.getContainingTableExpression();
        table = table.substring(table.lastIndexOf('.') + 1);
        return (table + "." + selectable.getSelectionExpression()).toLowerCase();
    }

    private static Map<String, Integer> varcharColumns(EntityManager em) {
        Map<String, Integer> columns = new TreeMap<>();
        org.hibernate.Session session = em.unwrap(org.hibernate.Session.class);
        session.doWork((Connection c) -> {
            try (PreparedStatement s = c.prepareStatement("""
                    select table_name, column_name, character_maximum_length from information_schema.columns
                    where table_schema = current_schema() and data_type = 'character varying'
                      and table_name <> 'flyway_schema_history'""");
                 ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    columns.put((rs.getString(1) + "." + rs.getString(2)).toLowerCase(), rs.getInt(3));
                }
            }
        });
        return columns;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Integer> sqlWritten() {
        try {
            return (Map<String, Integer>) Class.forName("uk.gov.la.ei.platform.bounds.SqlWrittenColumns")
                    .getField("MAX_LENGTHS").get(null);
        } catch (ReflectiveOperationException e) {
            return Map.of();
        }
    }

}
