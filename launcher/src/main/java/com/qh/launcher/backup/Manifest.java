package com.qh.launcher.backup;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a backup archive holds, written into it as {@code manifest.yaml}: the versions it was taken with, every
 * database with the Flyway version of its schema and the rows of each table, and every file of the data directory
 * with its size and SHA-256. Restore checks its result against it.
 *
 * @param format the archive's layout ({@link #FORMAT})
 * @param created when the backup was taken (ISO-8601, UTC)
 * @param qhVersion the project version of the code that wrote it
 * @param postgresql the PostgreSQL server's version
 * @param databases by name, in name order
 * @param files every file kept besides the databases (documents, keys), paths relative to the data directory
 */
public record Manifest(int format, String created, String qhVersion, String postgresql,
        Map<String, Database> databases, List<DataFile> files) {

    /** The only layout so far. */
    public static final int FORMAT = 1;

    /** The entry that holds the manifest. */
    static final String ENTRY = "manifest.yaml";

    /** Copies the collections. */
    public Manifest {
        databases = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(databases));
        files = List.copyOf(files);
    }

    /** One database: its schema's Flyway version ({@code none} without Flyway) and its tables. */
    public record Database(String schemaVersion, List<Table> tables) {

        /** Copies the list. */
        public Database {
            tables = List.copyOf(tables);
        }

        /** Rows per table, by qualified name. */
        public Map<String, Long> rowCounts() {
            Map<String, Long> counts = new LinkedHashMap<>();
            tables.forEach(table -> counts.put(table.table(), table.rows()));
            return counts;
        }
    }

    /** One table: its qualified name, the columns its rows were copied with, how many, and the archive entry. */
    public record Table(String table, String columns, long rows, String entry) {
    }

    /** One file under the data directory. */
    public record DataFile(String path, long size, String sha256) {
    }

    Map<String, Object> toYaml() {
        Map<String, Object> yaml = new LinkedHashMap<>();
        yaml.put("format", format);
        yaml.put("created", created);
        yaml.put("qh-version", qhVersion);
        yaml.put("postgresql", postgresql);
        Map<String, Object> databaseMap = new LinkedHashMap<>();
        databases.forEach((name, database) -> {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("schema-version", database.schemaVersion());
            List<Object> tables = new ArrayList<>();
            for (Table table : database.tables()) {
                Map<String, Object> tableMap = new LinkedHashMap<>();
                tableMap.put("table", table.table());
                tableMap.put("rows", table.rows());
                tableMap.put("columns", table.columns());
                tableMap.put("entry", table.entry());
                tables.add(tableMap);
            }
            entry.put("tables", tables);
            databaseMap.put(name, entry);
        });
        yaml.put("databases", databaseMap);
        List<Object> fileList = new ArrayList<>();
        for (DataFile file : files) {
            Map<String, Object> fileMap = new LinkedHashMap<>();
            fileMap.put("path", file.path());
            fileMap.put("size", file.size());
            fileMap.put("sha256", file.sha256());
            fileList.add(fileMap);
        }
        yaml.put("files", fileList);
        return yaml;
    }

    @SuppressWarnings("unchecked")
    static Manifest fromYaml(Map<String, Object> yaml) {
        Map<String, Database> databases = new LinkedHashMap<>();
        ((Map<String, Map<String, Object>>) yaml.get("databases")).forEach((name, entry) -> {
            List<Table> tables = new ArrayList<>();
            for (Map<String, Object> table : (List<Map<String, Object>>) entry.get("tables")) {
                tables.add(new Table((String) table.get("table"), (String) table.get("columns"),
                        ((Number) table.get("rows")).longValue(), (String) table.get("entry")));
            }
            databases.put(name, new Database(String.valueOf(entry.get("schema-version")), tables));
        });
        List<DataFile> files = new ArrayList<>();
        for (Map<String, Object> file : (List<Map<String, Object>>) yaml.get("files")) {
            files.add(new DataFile((String) file.get("path"), ((Number) file.get("size")).longValue(),
                    (String) file.get("sha256")));
        }
        return new Manifest(((Number) yaml.get("format")).intValue(), String.valueOf(yaml.get("created")),
                String.valueOf(yaml.get("qh-version")), String.valueOf(yaml.get("postgresql")), databases, files);
    }
}
