/**
 * Moving a profile in and out: export as the native JSON (versioned, with a published JSON Schema) or as JSON
 * Resume 1.2.1 in one language, and import of either with a dry run that lists what would change; a resume the user
 * uploaded is imported as a JSON Resume once the analysis service has read it ({@code UploadedResumes}).
 */
package com.qh.profile.exchange;
