/**
 * Reads a vacancy's requirements from its plain text: skills with the sentence they came from, whether each is
 * required or a plus, years of experience, education, spoken languages and responsibilities, in Russian and
 * English. {@link com.qh.skills.requirements.RequirementExtractor} is the entry point.
 */
package com.qh.skills.requirements;
