/**
 * What a resume editor offers: the templates with a thumbnail each, and the bundled font families, whose files
 * are served for the HTML preview.
 */
package com.qh.resume.catalog;
