package uk.gov.la.ei.contracts.events;

/** A fact one service tells the others. Keyed on Kafka by the school's URN. */
public interface IntegrationEvent {
    String urn();
}
