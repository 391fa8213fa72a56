/** Database conventions every service shares: the platform's own tables, migrated ahead of the service's. */
package com.qh.platform.persistence;
