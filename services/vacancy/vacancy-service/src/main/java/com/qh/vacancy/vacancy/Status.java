package com.qh.vacancy.vacancy;

/** Where an application stands, as the application tracker shows it. */
public enum Status {
    SAVED,
    APPLIED,
    INTERVIEW,
    OFFER,
    REJECTED
}
