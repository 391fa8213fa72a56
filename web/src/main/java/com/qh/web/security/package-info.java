/** What every answer of the web app carries: CSRF protection of forms and the browser security headers. */
package com.qh.web.security;
