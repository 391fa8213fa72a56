/** What the document service tells the others: its events, and the kinds of document it keeps. */
package com.qh.document.api;
