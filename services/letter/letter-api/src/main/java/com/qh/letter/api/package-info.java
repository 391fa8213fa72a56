/** The letter service's events: plain records, no Spring. */
package com.qh.letter.api;
