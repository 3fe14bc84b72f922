package uk.gov.la.ei.localstack;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.gov.la.ei.localstack.proof.HostileCorpus;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 10 item 3 in the normal test command: the whole hostile-input corpus against the shared embedded stack.
 * Every hostile case must be dead-lettered with a reason or refused with a 4xx problem naming the field (401/403
 * for the token cases), never a 5xx; the valid cases at the maximum must be accepted; every service ready
 * afterwards; and the stored data unchanged except the rows the valid cases created.
 */
@ExtendWith(SharedStack.class)
class HostileCorpusTest {

    @Test
    void everyHostileInputIsRefusedWithAReasonAndNothingElseChanges(LocalStack stack) throws Exception {
        Path repository = StackOptions.findRepository(LocalStack.codeLocation(), Paths.get("").toAbsolutePath());
        HostileCorpus corpus = new HostileCorpus(HostileCorpus.of(stack), repository.resolve("deploy").resolve("sample-data"), System.out);
        HostileCorpus.Report report;
        try {
            report = corpus.runAll();
        } finally {
            corpus.close();
        }
        report.print(System.out);

        assertThat(report.results()).as("the corpus has at least 60 cases").hasSizeGreaterThanOrEqualTo(60);
        assertThat(report.misses().stream().map(r -> r.c().name() + " -> expected " + r.c().expect() + ", got " + r.got())
                .collect(Collectors.toList())).as("cases that did not get what they should").isEmpty();
        assertThat(report.problems()).as("readiness and stored data around the corpus").isEmpty();
    }
}
