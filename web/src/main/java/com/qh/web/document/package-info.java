/**
 * The documents pages: the list with the quota and an upload (its progress shown while it is sent), one document
 * with its versions (download, restore, a new version), its share links (a password and an expiry, revoke) and
 * deletion; and the public page a share link opens, which asks for the password when the link has one.
 */
package com.qh.web.document;
