/**
 * Uploaded resumes read into structured data: {@link com.qh.analysis.resume.ResumeParser} turns a PDF, DOC, DOCX,
 * RTF, ODT or TXT file into a {@link com.qh.analysis.resume.ParsedResume} (contacts, headline, jobs, education,
 * skills through the taxonomy, languages, links, each with a confidence) that the matcher and the profile's import
 * take; {@link com.qh.analysis.resume.UploadedResumes} does it for a user's stored document, cached per version.
 */
package com.qh.analysis.resume;
