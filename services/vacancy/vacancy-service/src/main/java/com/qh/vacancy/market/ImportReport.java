package com.qh.vacancy.market;

import java.util.List;

/**
 * What a bulk import did.
 *
 * @param read records read
 * @param added new market vacancies
 * @param updated vacancies seen before, updated
 * @param skipped records that could not be used; {@code problems} says why for the first 50
 */
record ImportReport(int read, int added, int updated, int skipped, List<String> problems) {
}
