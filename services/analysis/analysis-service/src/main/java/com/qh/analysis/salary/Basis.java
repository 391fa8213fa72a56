package com.qh.analysis.salary;

/** Whether a figure is before income tax (gross) or what the employee receives (net, «на руки»). */
public enum Basis {
    GROSS, NET
}
