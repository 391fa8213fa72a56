/**
 * Reads a vacancy's requirements with the shared skills library ({@code qh-skills}): the built-in taxonomy and its
 * extractor, plus the skills a source lists apart from the text (hh.ru's key skills).
 */
package com.qh.vacancy.extraction;
