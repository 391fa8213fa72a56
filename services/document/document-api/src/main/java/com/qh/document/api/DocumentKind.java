package com.qh.document.api;

/** What a document is for; chosen by whoever stores it, and carried in every event about it. */
public enum DocumentKind {

    /** A resume the person uploaded as a file. */
    RESUME_UPLOAD,

    /** A resume the platform generated from the profile. */
    GENERATED_RESUME,

    /** A cover letter the platform generated. */
    GENERATED_LETTER,

    /** A photo for the profile or a resume. */
    PHOTO,

    /** Anything else the person keeps: certificates, diplomas, references. */
    OTHER
}
