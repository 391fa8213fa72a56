package com.qh.analysis.salary;

import java.util.Locale;

/**
 * The plain words beside an estimate, in English and Russian, with the numbers agreeing with their nouns
 * («1 сопоставимая вакансия», «3 сопоставимые вакансии», «5 сопоставимых вакансий»).
 */
final class Explanations {

    private Explanations() {
    }

    /** English and Russian. */
    record Text(String en, String ru) {

        Text and(Text more) {
            return new Text(en + " " + more.en, ru + " " + more.ru);
        }
    }

    static Text refused(String title, int market) {
        return new Text(("No vacancy in the market store (%s with a salary) has a title like \"%s\": QH does not guess. "
                + "Try the usual name of the job, or a broader one.").formatted(en(market, "vacancy"), title),
                ("Ни одна из %s с зарплатой в рыночной базе не называется похоже на «%s»: гадать QH не будет. "
                        + "Попробуйте привычное название должности или более общее.")
                        .formatted(ru(market, "вакансии", "вакансий", "вакансий"), title));
    }

    /** Few comparables in the city: the figures stand on the whole market and the region's pay. */
    static Text widened(String city, String region, int local, int sample) {
        String here = local == 0 ? "No comparable vacancy in " + city
                : "Only " + en(local, "comparable vacancy") + " in " + city;
        String hereRu = local == 0 ? "В городе " + city + " нет сопоставимых вакансий"
                : "В городе " + city + " лишь " + ru(local, "сопоставимая вакансия", "сопоставимые вакансии",
                        "сопоставимых вакансий");
        return new Text("%s: the figures draw on %s across the market and on what the region (%s) pays."
                .formatted(here, en(sample, "comparable vacancy"), display(region)),
                "%s: оценка опирается на %s по всему рынку и на уровень зарплат региона (%s).".formatted(hereRu,
                        ru(sample, "сопоставимую вакансию", "сопоставимые вакансии", "сопоставимых вакансий"),
                        display(region)));
    }

    static Text from(String city, int sample, int market) {
        String where = city == null ? "the whole market" : city;
        String whereRu = city == null ? "по всему рынку" : "в городе " + city;
        return new Text("From %s in %s (%s with a salary in the market store).".formatted(
                en(sample, "comparable vacancy"), where, en(market, "vacancy")),
                "По %d %s %s (всего в базе %s с зарплатой).".formatted(sample,
                        sample % 10 == 1 && sample % 100 != 11 ? "сопоставимой вакансии" : "сопоставимым вакансиям",
                        whereRu, ru(market, "вакансия", "вакансии", "вакансий")));
    }

    static Text basis(Basis basis, double incomeTax) {
        String tax = "%s %%".formatted(percent(incomeTax));
        return basis == Basis.NET
                ? new Text("Roubles a month, net of " + tax + " income tax.",
                        "Рублей в месяц, на руки (за вычетом НДФЛ " + tax + ").")
                : new Text("Roubles a month, before income tax.", "Рублей в месяц, до вычета НДФЛ.");
    }

    static Text roughGuide() {
        return new Text("Few comparables: take it as a rough guide.", "Сопоставимых вакансий мало: это лишь ориентир.");
    }

    /** "1 vacancy", "3 vacancies"; the noun's last word takes the plural. */
    static String en(int count, String noun) {
        String plural = noun.endsWith("y") ? noun.substring(0, noun.length() - 1) + "ies" : noun + "s";
        return "%,d %s".formatted(count, count == 1 ? noun : plural);
    }

    /** A count with the Russian form its last two digits ask for: 1, 21 — one; 2–4, 22–24 — few; else many. */
    static String ru(int count, String one, String few, String many) {
        int lastTwo = Math.abs(count) % 100;
        int last = lastTwo % 10;
        String form = lastTwo >= 11 && lastTwo <= 14 ? many : last == 1 ? one : last >= 2 && last <= 4 ? few : many;
        return String.format(Locale.forLanguageTag("ru"), "%,d %s", count, form);
    }

    /** A region key as a name: «санкт-петербург» → «Санкт-Петербург». */
    static String display(String region) {
        StringBuilder name = new StringBuilder(region.length());
        boolean start = true;
        for (char c : region.toCharArray()) {
            name.append(start ? Character.toUpperCase(c) : c);
            start = c == '-' || c == ' ';
        }
        return name.toString();
    }

    private static String percent(double share) {
        double percent = share * 100;
        return percent == Math.rint(percent) ? String.valueOf((long) percent) : String.valueOf(percent);
    }
}
