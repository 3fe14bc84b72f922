package uk.gov.la.ei.contracts.events;

import java.time.LocalDateTime;

/** A keep-in-touch point agreed with the school at acknowledgement (H§4), in England local time. */
public record KeepInTouchTime(String purpose, LocalDateTime at, String owner) {
}
