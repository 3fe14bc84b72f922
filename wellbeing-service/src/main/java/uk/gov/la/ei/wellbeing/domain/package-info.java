/**
 * The wellbeing rules, each one named thing with a unit test that reads like the guidance (H§6, H§4; the
 * coroner's third point; DOMAIN.md flow step 9):
 * <ul>
 *   <li>{@link uk.gov.la.ei.wellbeing.domain.TriggerRules} – what refers a leader: feedback's signposting flag,
 *       a wellbeing or conduct concern, a pause request, an adverse or unexpected outcome (manual: below);</li>
 *   <li>{@link uk.gov.la.ei.wellbeing.domain.SignpostingDeadline} – signposted within one working day, or the
 *       SIM and CEM are alerted;</li>
 *   <li>{@link uk.gov.la.ei.wellbeing.domain.CheckInPlan} – check-ins within one working day, then weekly for four
 *       weeks; within one working day after an adverse outcome; a check-in past due is missed;</li>
 *   <li>{@link uk.gov.la.ei.wellbeing.domain.ReferralReadRule} – only wellbeing officers, the school's SIM and the
 *       CEM read (and act on) a referral;</li>
 *   <li>{@link uk.gov.la.ei.wellbeing.domain.ManualReferralRule} – the SIM, AI or CEM of the inspection, or a
 *       wellbeing officer, may refer by hand;</li>
 *   <li>{@link uk.gov.la.ei.wellbeing.domain.ClosureRule} – closing needs a reason;</li>
 *   <li>{@link uk.gov.la.ei.wellbeing.domain.RetentionRule} – closed referrals are erased after the retention
 *       period, leaving only {@link uk.gov.la.ei.wellbeing.domain.ReferralCounts}.</li>
 * </ul>
 */
package uk.gov.la.ei.wellbeing.domain;
