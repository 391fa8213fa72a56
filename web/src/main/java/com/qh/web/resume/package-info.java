/**
 * The resume builder: one's resumes, and for each a template gallery, appearance controls, parts shown and ordered,
 * a preview that follows each change (the resume service's PNG of the unsaved design), tailoring to a saved vacancy
 * with what it changed, downloads rendered through the documents API, and versions.
 */
package com.qh.web.resume;
