/** The in-app inbox: notification messages, newest first, marked read one by one or all at once. */
package com.qh.web.notification;
