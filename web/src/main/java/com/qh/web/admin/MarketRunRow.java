package com.qh.web.admin;

import java.util.List;

/**
 * One run that filled the market store, as a row.
 *
 * @param when when it started, in the page's language
 * @param origin a file import, an hh.ru sync or a re-reading after a taxonomy release, in words
 * @param source the file's name, the sync's queries or the release
 * @param actor who ran it, by address; "scheduled" when nobody did
 * @param took how long it ran
 * @param skippedCount how many records were skipped, as a number (to decide whether to list the problems)
 * @param problems why records were skipped, the first 50
 * @param failure why the run broke off; empty when it ran through
 */
public record MarketRunRow(String when, String origin, String source, String actor, String took, String read,
        String added, String updated, long skippedCount, String skipped, List<String> problems, String failure) {
}
