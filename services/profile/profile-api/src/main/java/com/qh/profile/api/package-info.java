/** What the profile service tells the others: its events. */
package com.qh.profile.api;
