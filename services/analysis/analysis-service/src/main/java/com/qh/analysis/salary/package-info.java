/**
 * Salary estimates against the market (issue 15): percentiles of the pay of comparable market vacancies, learnt by
 * gradient-boosted quantile trees (XGBoost) from the vacancy service's market store, with the comparables shown and
 * the user's own expectation placed among them.
 */
package com.qh.analysis.salary;
