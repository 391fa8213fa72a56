/**
 * What every page template gets: the {@link com.qh.web.view.Page} (messages in the person's language, the CSRF
 * token, who is signed in, dates and numbers per locale) and {@link com.qh.web.view.FormErrors} for forms.
 */
package com.qh.web.view;
