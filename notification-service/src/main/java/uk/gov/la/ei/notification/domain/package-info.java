/**
 * The rules of notification-service, in plain Java (ARCHITECTURE.md: each rule one named thing):
 * <ul>
 *   <li>{@link uk.gov.la.ei.notification.domain.InspectionLifecycle} – the life of an inspection: its named
 *       transitions, the states each is allowed from, and what a notice does (DOMAIN.md inbound contract);</li>
 *   <li>{@link uk.gov.la.ei.notification.domain.InvolvementPolicy} – how far the LA is involved (H§4, H§7);</li>
 *   <li>{@link uk.gov.la.ei.notification.domain.CemRouting} – which CEM; special provision to the special CEM (H§4);</li>
 *   <li>{@link uk.gov.la.ei.notification.domain.ContactAssignment} – an inspection's contacts from the registry;</li>
 *   <li>{@link uk.gov.la.ei.notification.domain.WhoIsTold} – who is told, in which capacity (H§4);</li>
 *   <li>{@link uk.gov.la.ei.notification.domain.WhoMayAcknowledge} – the SIM, the AI or the routed CEM (H§4);</li>
 *   <li>{@link uk.gov.la.ei.notification.domain.AcknowledgementDeadline} – due by the end of the working day of
 *       receipt; late by contact or by recording (H§4);</li>
 *   <li>{@link uk.gov.la.ei.notification.domain.CoordinatedInspectionPolicy} – partners notified in the same
 *       window (federation briefing);</li>
 *   <li>{@link uk.gov.la.ei.notification.domain.Bounds} – how long each value may be, end to end.</li>
 * </ul>
 */
package uk.gov.la.ei.notification.domain;
