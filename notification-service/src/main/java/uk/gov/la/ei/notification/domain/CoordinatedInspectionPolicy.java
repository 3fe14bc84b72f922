package uk.gov.la.ei.notification.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * Two schools of one federation notified close together are likely a coordinated inspection
 * (Ofsted federation briefing): their SIMs coordinate – one meeting with the executive headteacher,
 * one with governors, aligned feedback – while each URN keeps its own inspection and feedback.
 */
public final class CoordinatedInspectionPolicy {

    private CoordinatedInspectionPolicy() {
    }

    public static boolean notifiedInSameWindow(Instant partnerNotifiedAt, Instant notifiedAt, Duration window) {
        if (partnerNotifiedAt == null || notifiedAt == null) {
            return false;
        }
        return Duration.between(partnerNotifiedAt, notifiedAt).abs().compareTo(window) <= 0;
    }
}
