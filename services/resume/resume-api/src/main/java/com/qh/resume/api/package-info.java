/** The resume service's events: plain records, no Spring. */
package com.qh.resume.api;
