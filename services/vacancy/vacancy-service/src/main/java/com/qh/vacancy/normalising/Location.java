package com.qh.vacancy.normalising;

import jakarta.persistence.Embeddable;

/**
 * Where the job is.
 *
 * @param country the country's name, or {@code null}
 * @param city the city or region, or {@code null}
 * @param areaId hh.ru's area id, when the vacancy came from hh.ru
 */
@Embeddable
public record Location(String country, String city, String areaId) {

    public static final Location UNKNOWN = new Location(null, null, null);
}
