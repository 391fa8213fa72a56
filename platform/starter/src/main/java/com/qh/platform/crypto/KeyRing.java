package com.qh.platform.crypto;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/** The AES keys a service can decrypt with, by id, and the one it encrypts with. */
final class KeyRing {

    private static final Pattern KEY_ID = Pattern.compile("[A-Za-z0-9_-]{1,32}");
    private static final String ACTIVE = "active";
    private static final String KEY_PREFIX = "key.";

    private final Map<String, SecretKey> keys;
    private final String activeId;

    KeyRing(Map<String, SecretKey> keys, String activeId) {
        this.keys = Map.copyOf(keys);
        this.activeId = activeId;
    }

    /** Keys from configuration; every mistake is reported by the property that holds it. */
    static KeyRing fromConfiguration(String activeId, Map<String, String> encodedKeys) {
        Map<String, SecretKey> keys = new LinkedHashMap<>();
        encodedKeys.forEach((id, encoded) -> keys.put(checkedId(id), decode("qh.crypto.keys." + id, encoded)));
        if (activeId == null || activeId.isBlank()) {
            throw new IllegalStateException("qh.crypto.active-key must name one of qh.crypto.keys " + keys.keySet());
        }
        if (!keys.containsKey(activeId)) {
            throw new IllegalStateException("qh.crypto.active-key '" + activeId + "' is not among qh.crypto.keys "
                    + keys.keySet());
        }
        return new KeyRing(keys, activeId);
    }

    /** The key file at {@code file}, made with one fresh key if it does not exist yet. */
    static KeyRing fromFile(Path file) {
        try {
            if (!Files.exists(file)) {
                create(file);
            }
            Properties properties = new Properties();
            try (InputStream in = Files.newInputStream(file)) {
                properties.load(in);
            }
            Map<String, SecretKey> keys = new LinkedHashMap<>();
            for (String name : properties.stringPropertyNames()) {
                if (name.startsWith(KEY_PREFIX)) {
                    String id = checkedId(name.substring(KEY_PREFIX.length()));
                    keys.put(id, decode(file + " " + name, properties.getProperty(name)));
                }
            }
            String active = properties.getProperty(ACTIVE);
            if (active == null || !keys.containsKey(active)) {
                throw new IllegalStateException("The key file " + file + " names no usable active key");
            }
            return new KeyRing(keys, active);
        }
        catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the key file " + file, e);
        }
    }

    SecretKey active() {
        return keys.get(activeId);
    }

    String activeId() {
        return activeId;
    }

    /** The key with this id, or {@code null} when the ring no longer (or never did) hold it. */
    SecretKey key(String id) {
        return keys.get(id);
    }

    /** Base64 of {@code length} fresh random bytes: a new key for a key file or a secret. */
    static String newEncodedKey(int length) {
        byte[] key = new byte[length];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }

    private static void create(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path temporary = Files.createTempFile(file.toAbsolutePath().getParent(), ".keys", ".tmp");
        try {
            restrictToOwner(temporary);
            Properties properties = new Properties();
            properties.setProperty(ACTIVE, "k1");
            properties.setProperty(KEY_PREFIX + "k1", newEncodedKey(32));
            try (OutputStream out = Files.newOutputStream(temporary)) {
                properties.store(out, "QH field-encryption keys. Back this file up with the data: without it, "
                        + "encrypted fields cannot be read. To rotate, add key.<id>=<Base64 of 32 random bytes> "
                        + "and point active at it.");
            }
            // Two starts at once must not each write a key: a link fails when the name exists (a rename would not),
            // so the loser reads the winner's file.
            Files.createLink(file, temporary);
        }
        catch (FileAlreadyExistsException raced) {
            // The other start's key is as good as ours.
        }
        catch (UnsupportedOperationException noLinks) {
            Files.move(temporary, file);
        }
        finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static void restrictToOwner(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        }
        catch (UnsupportedOperationException notPosix) {
            // Windows: the file inherits the directory's ACL, which is the user's own under ./data.
        }
    }

    private static String checkedId(String id) {
        if (!KEY_ID.matcher(id).matches()) {
            throw new IllegalStateException("Key id '" + id + "' must be 1-32 letters, digits, '-' or '_'");
        }
        return id;
    }

    private static SecretKey decode(String where, String encoded) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(encoded == null ? "" : encoded.trim());
        }
        catch (IllegalArgumentException e) {
            throw new IllegalStateException(where + " is not Base64", e);
        }
        if (key.length != 16 && key.length != 24 && key.length != 32) {
            throw new IllegalStateException(where + " must decode to 16, 24 or 32 bytes, not " + key.length);
        }
        return new SecretKeySpec(key, "AES");
    }
}
