package com.qh.resume.content;

import com.qh.rendering.Language;
import com.qh.rendering.ResumeDocument.Contact;
import com.qh.rendering.ResumeDocument.Entry;
import java.util.List;
import java.util.Map;

/**
 * The profile read in one language, before any choice of the design: every entry printable, keyed by the profile's
 * entry id.
 *
 * @param language the language the texts were chosen in
 * @param name the person's name, or null when the profile has none
 * @param headline the profile's headline (or desired position), or null
 * @param contacts how to reach the person
 * @param summary the profile's summary, or null
 * @param items each part's entries in the profile's order
 */
record Material(Language language, String name, String headline, List<Contact> contacts, String summary,
        Map<Part, List<Item>> items) {

    /**
     * One entry of the profile as printed.
     *
     * @param id the profile's entry id (or a stable stand-in when the profile has none)
     * @param entry the entry
     */
    record Item(String id, Entry entry) {
    }

    List<Item> of(Part part) {
        return items.getOrDefault(part, List.of());
    }
}
