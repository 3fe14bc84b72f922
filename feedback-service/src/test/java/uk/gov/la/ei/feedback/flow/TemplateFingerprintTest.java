package uk.gov.la.ei.feedback.flow;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import uk.gov.la.ei.feedback.application.FeedbackTemplates;
import uk.gov.la.ei.feedback.application.TemplateLoader;
import uk.gov.la.ei.testinfra.RealInfrastructure;
import uk.gov.la.ei.testinfra.SmtpTestServer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** "A new version never changes records made on an old one": a template version edited after first use is refused. */
@QuarkusTest
@QuarkusTestResource(RealInfrastructure.class)
@QuarkusTestResource(SmtpTestServer.class)
class TemplateFingerprintTest {

    @Inject
    FeedbackTemplates templates;
    @Inject
    EntityManager entityManager;

    private String fingerprint(String id, int version) {
        return QuarkusTransaction.requiringNew().call(() -> (String) entityManager.createNativeQuery(
                        "select sha256 from template_fingerprint where template_id = ?1 and template_version = ?2")
                .setParameter(1, id).setParameter(2, version).getSingleResult());
    }

    private void setFingerprint(String id, int version, String sha) {
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                        "update template_fingerprint set sha256 = ?1 where template_id = ?2 and template_version = ?3")
                .setParameter(1, sha).setParameter(2, id).setParameter(3, version).executeUpdate());
    }

    @Test
    void everyVersionIsFingerprintedAndAVersionWhoseFileChangedIsRefusedNamingIt() {
        String first = fingerprint("eif-2024-graded", 1);
        assertThat(first).hasSize(64);
        templates.checkUnchanged();

        // as if eif-2024-graded.v1.json had been edited since records were made on it
        setFingerprint("eif-2024-graded", 1, "0".repeat(64));
        try {
            assertThatThrownBy(templates::checkUnchanged)
                    .isInstanceOf(TemplateLoader.TemplatesRefused.class)
                    .hasMessageContaining("eif-2024-graded v1 has changed")
                    .hasMessageContaining("as version 3");
        } finally {
            setFingerprint("eif-2024-graded", 1, first);
        }
        templates.checkUnchanged();
    }
}
