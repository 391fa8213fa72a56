/**
 * Load harness for QH's benchmarks: closed-loop concurrent HTTP clients with latency percentiles, document
 * throughput with heap watching, and the notification service driven through its broker (mail across a restart,
 * WebSocket fan-out).
 */
package com.qh.bench;
