/**
 * In-app notifications: the per-user inbox (list, unread count, mark read) and the WebSocket that pushes each new
 * message to the user's open tabs at once. With several instances, every message goes through a fan-out exchange
 * so the instance holding the user's socket delivers it.
 */
package com.qh.notification.inbox;
