package com.qh.analysis.salary;

import java.util.List;

/**
 * Where the salary model learns from: the market store's vacancies (the vacancy service's, over gRPC in production).
 */
public interface MarketSalaries {

    /** Every market vacancy, with or without a salary (the training counts what it leaves out). */
    List<MarketSalary> all();
}
