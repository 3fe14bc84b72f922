package uk.gov.la.ei.notification.application;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import uk.gov.la.ei.contracts.notice.NoticeValidator;
import uk.gov.la.ei.contracts.notice.Violation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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
    private final ObjectMapper mapper;

    @Inject
    public AcceptNotice(ObjectMapper mapper) {
        this.validator = new NoticeValidator(mapper);
        this.mapper = mapper;
    }

    /** For a body as it arrived over HTTP: bad JSON is a violation too. */
    public NoticeValidator.Result validate(String body) {
        NoticeValidator.Result result = validator.validate(body);
        if (result instanceof NoticeValidator.Accepted) {
            try {
                return withoutControlCharacters(mapper.readTree(body), result);
            } catch (java.io.IOException e) {
                return new NoticeValidator.Rejected(List.of(new Violation("body", "not valid JSON: " + e.getMessage())));
            }
        }
        return result;
    }

    public NoticeValidator.Result validate(JsonNode envelope) {
        return withoutControlCharacters(envelope, validator.validate(envelope));
    }

    /**
     * The contract's schema says nothing about control characters; a NUL cannot be stored (PostgreSQL text) and a
     * control character in a name or reference is never meant (hostile-input corpus, issue 10): refused, naming the
     * field, like any other break of the contract.
     */
    static NoticeValidator.Result withoutControlCharacters(JsonNode envelope, NoticeValidator.Result result) {
        if (!(result instanceof NoticeValidator.Accepted)) {
            return result;
        }
        List<Violation> violations = new ArrayList<>();
        collectControlCharacters(envelope, "", violations);
        return violations.isEmpty() ? result : new NoticeValidator.Rejected(violations);
    }

    private static void collectControlCharacters(JsonNode node, String path, List<Violation> violations) {
        if (node == null) {
            return;
        }
        if (node.isTextual()) {
            String text = node.textValue();
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c < 0x20 || c == 0x7F) {
                    violations.add(new Violation(path, String.format("must not contain control characters (U+%04X at %d)", (int) c, i)));
                    return;
                }
            }
        } else if (node.isObject()) {
            for (var fields = node.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> f = fields.next();
                collectControlCharacters(f.getValue(), path.isEmpty() ? f.getKey() : path + "." + f.getKey(), violations);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collectControlCharacters(node.get(i), path + "[" + i + "]", violations);
            }
        }
    }

    public ReceiveNotice.Outcome act(NoticeValidator.Accepted accepted) {
        ReceiveNotice.Outcome outcome = receive.receive(accepted.notice());
        metrics.counter("notices.received", "type", accepted.notice().type().name(),
                "result", outcome.result().name()).increment();
        return outcome;
    }
}
