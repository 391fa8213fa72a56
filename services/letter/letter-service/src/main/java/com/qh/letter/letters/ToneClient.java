package com.qh.letter.letters;

import com.qh.platform.client.ServiceClients;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * The analysis service's tone check of a letter ({@code POST /api/v1/analysis/tone}, {@code kind: letter}), with the
 * user's token. Optional: when the analysis service is down or refuses, the letter is saved without tone findings.
 */
@Component
class ToneClient {

    private static final Logger log = LoggerFactory.getLogger(ToneClient.class);

    private final ServiceClients clients;

    ToneClient(ServiceClients clients) {
        this.clients = clients;
    }

    /** The analysis service's answer (sentiment, formality, confidence, readability, findings), or null. */
    JsonNode check(String text, String language) {
        try {
            return clients.forService("analysis").post().uri("/api/v1/analysis/tone")
                    .body(Map.of("text", text, "language", language, "kind", "letter"))
                    .retrieve().body(JsonNode.class);
        }
        catch (RuntimeException e) {
            log.info("No tone findings for a letter: the analysis service did not answer ({})", e.toString());
            return null;
        }
    }
}
