/** Calls from one QH service to another: base URLs from configuration, timeouts, token and correlation id relay. */
package com.qh.platform.client;
