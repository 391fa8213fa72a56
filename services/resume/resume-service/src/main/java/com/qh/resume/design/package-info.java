/**
 * Resumes: saved designs over the profile with their versions ({@code /api/v1/resumes}), tailoring to a saved
 * vacancy, the live preview and rendering into the document service, which publishes {@code resume.generated.v1}.
 */
package com.qh.resume.design;
