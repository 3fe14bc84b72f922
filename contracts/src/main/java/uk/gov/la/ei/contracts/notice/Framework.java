package uk.gov.la.ei.contracts.notice;

/** The inspection framework: the January 2024 handbook, or the renewed framework of November 2025 (report cards). */
public enum Framework {
    EIF_2024, RENEWED_2025
}
