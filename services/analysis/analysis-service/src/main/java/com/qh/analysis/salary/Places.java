package com.qh.analysis.salary;

import java.util.Locale;
import java.util.Map;

/**
 * Cities as the model keys them, and the region a town falls back to: the part in parentheses when hh.ru writes one
 * («Зеленогорск (Ленинградская обл)»), else a short table of the towns and districts hh.ru lists apart from the two
 * capitals they belong to; any other city is its own region.
 */
final class Places {

    private static final Map<String, String> REGION = Map.ofEntries(
            Map.entry("колпино", "санкт-петербург"), Map.entry("пушкин", "санкт-петербург"),
            Map.entry("петергоф", "санкт-петербург"), Map.entry("кронштадт", "санкт-петербург"),
            Map.entry("сестрорецк", "санкт-петербург"), Map.entry("павловск", "санкт-петербург"),
            Map.entry("ломоносов", "санкт-петербург"), Map.entry("красное село", "санкт-петербург"),
            Map.entry("шушары", "санкт-петербург"), Map.entry("парголово", "санкт-петербург"),
            Map.entry("зеленоград", "москва"), Map.entry("троицк", "москва"), Map.entry("щербинка", "москва"),
            Map.entry("московский", "москва"), Map.entry("коммунарка", "москва"),
            Map.entry("верхняя пышма", "екатеринбург"), Map.entry("березовский", "екатеринбург"),
            Map.entry("арамиль", "екатеринбург"), Map.entry("среднеуральск", "екатеринбург"));

    private Places() {
    }

    /** The city in lower case, «ё» as «е», without a parenthesised region and extra spaces; null stays null. */
    static String city(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        String text = name.toLowerCase(Locale.ROOT).replace('ё', 'е');
        int bracket = text.indexOf('(');
        if (bracket > 0) {
            text = text.substring(0, bracket);
        }
        text = text.replaceAll("\\s+", " ").trim();
        return text.isEmpty() ? null : text;
    }

    /** The region a city falls back to: the parenthesised part, a capital it belongs to, or the city itself. */
    static String region(String name) {
        String city = city(name);
        if (city == null) {
            return null;
        }
        int bracket = name.indexOf('(');
        if (bracket > 0 && name.indexOf(')', bracket) > bracket) {
            String inside = name.substring(bracket + 1, name.indexOf(')', bracket)).toLowerCase(Locale.ROOT)
                    .replace('ё', 'е').replaceAll("\\s+", " ").trim();
            if (inside.startsWith("ленинградская")) {
                return "санкт-петербург";
            }
            if (inside.startsWith("московская")) {
                return "москва";
            }
            if (inside.startsWith("свердловская")) {
                return "екатеринбург";
            }
            return inside;
        }
        return REGION.getOrDefault(city, city);
    }
}
