/** Load harness for QH's benchmarks: closed-loop concurrent HTTP clients with latency percentiles. */
package com.qh.bench;
