/** The configuration defaults every QH service starts from. */
package com.qh.platform.config;
