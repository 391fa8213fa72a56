/**
 * The web app (issue 19): server-rendered pages (JTE) made interactive with htmx. A backend-for-frontend: the
 * browser holds only a session cookie; the API tokens live in the server-side session ({@code session}) and every
 * page calls the public API through the gateway ({@code api}) like any other client.
 */
package com.qh.web;
