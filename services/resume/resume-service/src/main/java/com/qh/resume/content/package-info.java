/**
 * What a resume says: a saved {@link com.qh.resume.content.Design} over the profile is composed into the rendering
 * library's {@code ResumeDocument} ({@link com.qh.resume.content.Composer}), optionally tailored to a vacancy
 * ({@link com.qh.resume.content.Tailor}) with the {@link com.qh.resume.content.Change}s that tailoring made. Plain
 * Java: no Spring, no I/O.
 */
package com.qh.resume.content;
