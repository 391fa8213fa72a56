/** What the analysis service tells the others: its events about analysis jobs. */
package com.qh.analysis.api;
