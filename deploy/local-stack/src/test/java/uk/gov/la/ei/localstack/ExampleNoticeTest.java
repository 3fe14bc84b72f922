package uk.gov.la.ei.localstack;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import uk.gov.la.ei.contracts.notice.NoticeValidator;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The notice the banner and the README tell people to publish is one the contract accepts. */
class ExampleNoticeTest {

    @Test
    void theExampleNoticeIsValid() throws Exception {
        String json = Files.readString(Path.of("examples/inspection-notice-116123.json"));
        assertThat(new NoticeValidator(new ObjectMapper()).validate(json)).isInstanceOf(NoticeValidator.Accepted.class);
        assertThat(Path.of("../..").resolve(Banner.EXAMPLE_NOTICE)).exists();
    }
}
