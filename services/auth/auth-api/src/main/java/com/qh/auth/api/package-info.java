/**
 * What the auth service tells the rest of QH: integration events about accounts. Consumers depend on this module
 * only, never on the auth service itself.
 */
package com.qh.auth.api;
