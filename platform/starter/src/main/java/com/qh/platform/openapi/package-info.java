/** The shape every service's OpenAPI document shares. */
package com.qh.platform.openapi;
