/** What the vacancy service tells others: its events. */
package com.qh.vacancy.api;
