/**
 * Where rendered resumes are kept: the document service, as {@code GENERATED_RESUME} documents with a version per
 * render ({@link com.qh.resume.documents.DocumentStore}).
 */
package com.qh.resume.documents;
