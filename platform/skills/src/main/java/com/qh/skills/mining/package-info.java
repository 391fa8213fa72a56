/**
 * Learning skills from the market: {@link com.qh.skills.mining.SkillMiner} reads vacancies with the key skills their
 * employers chose and proposes what the taxonomy lacks (new skills, and spellings of skills it has), each with the
 * evidence a reviewer needs to accept, merge or reject it.
 */
package com.qh.skills.mining;
