package uk.gov.la.ei.supporttracking.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import uk.gov.la.ei.platform.inspections.KnownInspections;
import uk.gov.la.ei.supporttracking.application.CaseRules;
import uk.gov.la.ei.supporttracking.domain.SupportCase;

/** Builds the case view (inside the request's transaction). */
@ApplicationScoped
public class CaseViewer {

    @Inject
    KnownInspections known;
    @Inject
    CaseRules rules;

    @Transactional(Transactional.TxType.MANDATORY)
    public Views.CaseView view(SupportCase c) {
        return Views.CaseView.of(c, known.contactsAssigned(known.require(c.inspectionId)), rules.workingDays());
    }
}
