package com.qh.letter.drafting;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The person a vacancy names to write to ("Contact: Jane Doe", «Контактное лицо: Анна Сергеевна Иванова»), read
 * from a labelled line only: a name somewhere in the prose may be anyone (a founder, a customer).
 *
 * @param name the name as the vacancy writes it
 * @param address how a Russian letter addresses them: first name and patronymic when there is one, else the name
 * @param female by the patronymic, {@code null} when there is none
 */
record ContactPerson(String name, String address, Boolean female) {

    private static final String NAME_WORD = "\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?";
    private static final Pattern LABELLED = Pattern.compile("(?<!\\p{L})(?iu:контактное лицо|контакт|рекрутер|менеджер по персоналу|"
            + "hr-менеджер|hr|руководитель|ваш будущий руководитель|hiring manager|contact person|contact|recruiter|"
            + "reach out to|write to|send your (?:cv|resume|application) to|пишите|обращаться к)"
            + "\\s*(?:[:—–-]\\s*)?(" + NAME_WORD + "(?:\\s+" + NAME_WORD + "){1,2})");
    private static final Pattern PATRONYMIC = Pattern.compile("\\p{L}+(вич|вна|ична|инична|ьич)");

    static Optional<ContactPerson> in(String vacancyText) {
        for (String line : vacancyText.split("\n")) {
            Matcher m = LABELLED.matcher(line);
            if (m.find()) {
                return Optional.of(of(m.group(1).strip()));
            }
        }
        return Optional.empty();
    }

    static ContactPerson of(String name) {
        String[] words = name.split("\\s+");
        for (int i = 1; i < words.length; i++) {
            Matcher patronymic = PATRONYMIC.matcher(words[i]);
            if (patronymic.matches()) {
                boolean female = words[i].endsWith("на");
                return new ContactPerson(name, words[i - 1] + " " + words[i], female);
            }
        }
        return new ContactPerson(name, name, null);
    }
}
