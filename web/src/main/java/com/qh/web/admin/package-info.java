/**
 * Administration for admins: the users (search, disable and enable, role) and AI use (tokens per user, service and
 * feature over a range of days, each user's daily token budget). The API decides; the page only asks.
 */
package com.qh.web.admin;
