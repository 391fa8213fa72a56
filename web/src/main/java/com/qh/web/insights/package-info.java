/**
 * The insights dashboard (issue 20): the application funnel over time, match scores of saved vacancies, the skills
 * asked for that the profile lacks and the salary spread for the desired title, each drawn by uPlot with its data
 * as a table beside it.
 */
package com.qh.web.insights;
