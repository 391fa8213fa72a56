package com.qh.vacancy.vacancy;

import java.util.List;

/** One page of a list, with the total to page through. */
record VacancyPage<T>(List<T> items, int page, int size, long total) {
}
