package com.qh.platform.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedPostgresTest {

    @TempDir
    Path data;

    @Test
    void keepsCommittedRowsAcrossRestart() throws SQLException {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.start(data)) {
            String url = postgres.ensureDatabase("auth");
            execute(url, "CREATE TABLE account (email text PRIMARY KEY)");
            execute(url, "INSERT INTO account VALUES ('ada@example.com')");
        }

        try (EmbeddedPostgres restarted = EmbeddedPostgres.start(data)) {
            String url = restarted.ensureDatabase("auth");

            assertThat(singleValue(url, "SELECT email FROM account")).isEqualTo("ada@example.com");
        }
    }

    @Test
    void createsEachDatabaseOnceAndGivesItsUrl() throws SQLException {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.start(data)) {
            String first = postgres.ensureDatabase("profile");
            String second = postgres.ensureDatabase("profile");

            assertThat(first).isEqualTo(second)
                    .isEqualTo("jdbc:postgresql://localhost:" + postgres.port() + "/profile");
            assertThat(singleValue(first, "SELECT current_database()")).isEqualTo("profile");
            assertThat(singleValue(first, "SELECT current_setting('server_version_num')")).startsWith("17");
        }
    }

    @Test
    void refusesDatabaseNamesThatAreNotPlainIdentifiers() {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.start(data)) {
            assertThatThrownBy(() -> postgres.ensureDatabase("auth; DROP DATABASE postgres"))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    private static void execute(String url, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, EmbeddedPostgres.USERNAME, "");
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static String singleValue(String url, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, EmbeddedPostgres.USERNAME, "");
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getString(1);
        }
    }
}
