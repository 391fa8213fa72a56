/**
 * The backend-for-frontend's hold on a person's API session: tokens live in the server-side HTTP session (Spring
 * Session, JDBC), are refreshed before they expire, and never reach the browser, which holds only the session
 * cookie.
 */
package com.qh.web.session;
