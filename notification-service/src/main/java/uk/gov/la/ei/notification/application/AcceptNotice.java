package uk.gov.la.ei.notification.application;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import uk.gov.la.ei.contracts.notice.NoticeValidator;

/**
 * The one gate every notice passes, from Kafka or HTTP: validate against the contract, then act.
 * Returns what was done, or what is wrong – the caller decides whether that becomes a dead letter
 * or a 400.
 */
@ApplicationScoped
public class AcceptNotice {

    @Inject
    ReceiveNotice receive;
    @Inject
    MeterRegistry metrics;

    private final NoticeValidator validator;

    @Inject
    public AcceptNotice(ObjectMapper mapper) {
        this.validator = new NoticeValidator(mapper);
    }

    /** For a body as it arrived over HTTP: bad JSON is a violation too. */
    public NoticeValidator.Result validate(String body) {
        return validator.validate(body);
    }

    public NoticeValidator.Result validate(JsonNode envelope) {
        return validator.validate(envelope);
    }

    public ReceiveNotice.Outcome act(NoticeValidator.Accepted accepted) {
        ReceiveNotice.Outcome outcome = receive.receive(accepted.notice());
        metrics.counter("notices.received", "type", accepted.notice().type().name(),
                "result", outcome.result().name()).increment();
        return outcome;
    }
}
