package com.qh.platform.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import com.qh.test.QhServiceTest;
import jakarta.persistence.EntityManager;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** A service's encrypted column over the real embedded PostgreSQL, with the key file the starter makes. */
@QhServiceTest
class EncryptedColumnTest {

    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class SampleService {
    }

    @Autowired
    EntityManager entities;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void storesOnlyCiphertextAndReadsThePlaintextBack() {
        UUID id = UUID.randomUUID();
        transactions.executeWithoutResult(status -> entities.persist(new Contact(id, "+79123456789")));

        String column = jdbc.queryForObject("select phone from contact where id = ?", String.class, id);
        Contact read = transactions.execute(status -> {
            entities.clear();
            return entities.find(Contact.class, id);
        });

        assertThat(column).startsWith("enc:v1:").doesNotContain("9123456789");
        assertThat(read.phone()).isEqualTo("+79123456789");
    }
}
