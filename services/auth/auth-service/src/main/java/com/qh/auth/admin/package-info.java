/** User management for admins (list, search, disable, enable, change role, delete) and the bootstrap admin. */
package com.qh.auth.admin;
