package uk.gov.la.ei.wellbeing.messaging;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Default;
import jakarta.enterprise.inject.Produces;
import org.eclipse.microprofile.health.Readiness;
import uk.gov.la.ei.platform.messaging.InboundHealth;

/**
 * Workaround for the platform as it stands: {@code InboundRecords} injects {@code InboundHealth} without a
 * qualifier, but the bean carries only {@code @Readiness}, so a service that uses {@code InboundEvents} does
 * not start ("Unsatisfied dependency for type InboundHealth"). This hands the one readiness bean out as
 * {@code @Default} too – the same instance, so a consumer retrying in place still shows on readiness.
 * Remove it once the platform declares the bean {@code @Default} as well.
 */
@Dependent
public class InboundHealthBridge {

    @Produces
    @Default
    InboundHealth inboundHealth(@Readiness InboundHealth readiness) {
        return readiness;
    }
}
