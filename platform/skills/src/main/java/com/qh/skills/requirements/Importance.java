package com.qh.skills.requirements;

/** Whether a vacancy requires a skill or would only welcome it. */
public enum Importance {
    MUST,
    NICE
}
