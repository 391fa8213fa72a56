/**
 * What each user wants to receive: their contact details, their choice per category and channel, and one-click
 * unsubscribe links (RFC 8058) carried by every e-mail.
 */
package com.qh.notification.preference;
