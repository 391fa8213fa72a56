package com.qh.ai.factcheck;

/** What kind of fact an unsupported claim states. */
public enum ClaimKind {
    EMPLOYER, TITLE, DATE, NUMBER, DEGREE, CERTIFICATE, SKILL
}
