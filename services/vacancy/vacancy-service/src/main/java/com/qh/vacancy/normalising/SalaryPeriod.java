package com.qh.vacancy.normalising;

import java.math.BigDecimal;

/** What a salary figure is paid for, and how many of those make a month, to compare salaries. */
public enum SalaryPeriod {
    HOUR("165"),
    SHIFT("15"),
    DAY("21"),
    WEEK("4.345"),
    MONTH("1"),
    YEAR("0.0833333333");

    private final BigDecimal perMonth;

    SalaryPeriod(String perMonth) {
        this.perMonth = new BigDecimal(perMonth);
    }

    /** A month's worth: 165 working hours, 21 working days, 15 shifts on a two-on-two-off rota. */
    public BigDecimal perMonth() {
        return perMonth;
    }
}
