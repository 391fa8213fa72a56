package com.qh.notification.delivery;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** E-mail headers kept with a queued message, one {@code Name: value} per line. */
final class Headers {

    private Headers() {
    }

    static String write(Map<String, String> headers) {
        if (headers == null || headers.isEmpty()) {
            return null;
        }
        return headers.entrySet().stream()
                .map(h -> h.getKey() + ": " + h.getValue().replaceAll("[\\r\\n]+", " "))
                .collect(Collectors.joining("\n"));
    }

    static Map<String, String> read(String text) {
        Map<String, String> headers = new LinkedHashMap<>();
        if (text != null) {
            for (String line : text.split("\n")) {
                int colon = line.indexOf(": ");
                if (colon > 0) {
                    headers.put(line.substring(0, colon), line.substring(colon + 2));
                }
            }
        }
        return headers;
    }
}
