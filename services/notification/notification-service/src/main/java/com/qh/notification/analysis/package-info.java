/**
 * What the notification service tells users about their analysis jobs: the progress of a running job pushed to
 * their open tabs ({@code analysis.progressed.v1}), and the result of a finished one mailed, in the user's language,
 * with a link to it ({@code analysis.completed.v1}, category {@code analysis-results}, on by default), and put in
 * the inbox.
 */
package com.qh.notification.analysis;
