package com.qh.analysis.resume;

import com.qh.platform.crypto.FieldEncryptor;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Parses kept per (document, content hash, parser version): a new version of the document or a better parser
 * parses again, the same file never twice. Encrypted with the starter's field encryption when the service has it.
 */
@Component
class ParsedResumeCache {

    /** Raise when the parser reads files differently, so that older parses are not served. */
    static final int PARSER_VERSION = 1;

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final FieldEncryptor encryptor;

    ParsedResumeCache(JdbcClient jdbc, JsonMapper json, ObjectProvider<FieldEncryptor> encryptor) {
        this.jdbc = jdbc;
        this.json = json;
        this.encryptor = encryptor.getIfAvailable();
    }

    Optional<ParsedResume> find(UUID documentId, String sha256) {
        return jdbc.sql("select parsed from analysis_parsed_resume where document_id = ? and sha256 = ? "
                        + "and parser_version = ?")
                .params(documentId, sha256, PARSER_VERSION).query(String.class).optional()
                .map(stored -> json.readValue(encryptor == null ? stored : encryptor.decrypt(stored),
                        ParsedResume.class));
    }

    void keep(UUID userId, UUID documentId, String sha256, ParsedResume parsed) {
        String text = json.writeValueAsString(parsed);
        jdbc.sql("insert into analysis_parsed_resume (document_id, sha256, parser_version, user_id, parsed) "
                        + "values (?, ?, ?, ?, ?) on conflict do nothing")
                .params(documentId, sha256, PARSER_VERSION, userId, encryptor == null ? text : encryptor.encrypt(text))
                .update();
    }

    int erase(UUID userId) {
        return jdbc.sql("delete from analysis_parsed_resume where user_id = ?").param(userId).update();
    }
}
