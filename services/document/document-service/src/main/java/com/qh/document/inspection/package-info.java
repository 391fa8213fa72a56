/**
 * What a file really is: its type found from its first bytes (never from its name or the client's Content-Type),
 * the list of accepted types, and the checks on ZIP containers (DOCX, ODT) against decompression bombs and
 * impostors.
 */
package com.qh.document.inspection;
