package uk.gov.la.ei.testinfra;

import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.ClassOrdererContext;

import java.util.Comparator;

/**
 * Test classes in reverse name order, to show the suite does not depend on class order (issue 12).
 * Surefire's {@code runOrder} has no effect here: Quarkus's class orderer re-sorts the classes it is given
 * (grouped by test profile and resources, then by name). This is its secondary orderer instead:
 * {@code -Djunit.quarkus.orderer.secondary-orderer=uk.gov.la.ei.testinfra.ReverseClassNameOrder}.
 */
public class ReverseClassNameOrder implements ClassOrderer {

    @Override
    public void orderClasses(ClassOrdererContext context) {
        context.getClassDescriptors().sort(
                Comparator.comparing((org.junit.jupiter.api.ClassDescriptor d) -> d.getTestClass().getName()).reversed());
    }
}
