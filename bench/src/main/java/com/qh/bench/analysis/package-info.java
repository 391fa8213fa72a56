/**
 * JMH benchmarks of the analysis service's matcher and vacancy recommendations (issue 14), in process: the
 * matcher, the market index and the recommender built as the service builds them, over synthetic profiles and
 * market vacancies made here. See bench/README.md for how to run them.
 */
package com.qh.bench.analysis;
