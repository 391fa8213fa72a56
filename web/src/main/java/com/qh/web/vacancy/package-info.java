/**
 * The vacancy pages: the list with search and status filter, import by link or pasted text, one vacancy with its
 * requirements (must and plus apart), and the application tracker moved from status to status.
 */
package com.qh.web.vacancy;
