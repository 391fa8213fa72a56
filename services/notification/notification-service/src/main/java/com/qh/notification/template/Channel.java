package com.qh.notification.template;

/** Where a message goes. */
public enum Channel {
    EMAIL, SMS, PUSH, IN_APP
}
