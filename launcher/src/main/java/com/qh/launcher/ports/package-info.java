/**
 * The ports of the default run: only the gateway's is the user's concern ({@code QH_HTTP_PORT}); every service
 * moves to a free port when its catalog port is taken, and every application learns the addresses the others
 * actually got.
 */
package com.qh.launcher.ports;
