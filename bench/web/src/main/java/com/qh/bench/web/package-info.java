/**
 * The web app's page budget (issue 19): server time per screen and each screen's own script and style, gzipped,
 * with the web app in the harness's JVM and WireMock as the gateway's API.
 */
package com.qh.bench.web;
