/**
 * The analysis pages: a job's results (the page the analysis-results mail links to, {@code /analysis/jobs/{id}}),
 * its progress while it runs (htmx polls it every 2 s and stops when it is done), the list of one's analyses, and
 * starting a match or a salary estimate.
 */
package com.qh.web.analysis;
