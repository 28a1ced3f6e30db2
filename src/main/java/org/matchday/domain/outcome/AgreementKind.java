package org.matchday.domain.outcome;

/** The kinds of cooperation a follow-up answer names. */
public enum AgreementKind {
    COMMERCIAL,
    TECHNOLOGY,
    RESEARCH,
    INVESTMENT,
    OTHER
}
