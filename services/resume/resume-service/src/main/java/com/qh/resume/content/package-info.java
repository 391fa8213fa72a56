/**
 * What a resume says: a saved {@link com.qh.resume.content.Design} over the profile is composed into the rendering
 * library's {@code ResumeDocument} ({@link com.qh.resume.content.Composer}), optionally tailored to a vacancy with
 * the {@link com.qh.resume.content.Change}s that tailoring made. No I/O: the profile and the vacancy come in as
 * read by {@code source}, the document and the changes go out.
 */
package com.qh.resume.content;
