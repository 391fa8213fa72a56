/**
 * The live channel of a browser tab: a Server-Sent Events stream on this app, authenticated by the session cookie,
 * relaying the person's notification WebSocket (opened by this app with the session's access token, which the page
 * never sees). New inbox messages and analysis progress reach the page through it.
 */
package com.qh.web.live;
