package com.qh.notification.push;

import com.zerodeplibs.webpush.VAPIDKeyPair;
import com.zerodeplibs.webpush.VAPIDKeyPairs;
import com.zerodeplibs.webpush.key.PrivateKeySources;
import com.zerodeplibs.webpush.key.PublicKeySources;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.util.Base64;
import java.util.Properties;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The server's VAPID key pair (P-256): configured, or generated once and kept in a key file (the default run).
 * Browsers subscribe with its public key, so it must not change while subscriptions live.
 *
 * <p>The key file holds the private key, with which anyone can push to every subscribed browser in our name. On a
 * POSIX file system it is created readable and writable by its owner only ({@code rw-------}, in a directory only
 * the owner can enter), and a file found with wider permissions, such as one written before this was so, is
 * narrowed at start.
 */
@Component
class VapidKeys {

    private static final Logger log = LoggerFactory.getLogger(VapidKeys.class);

    private final VAPIDKeyPair pair;

    VapidKeys(PushProperties properties) {
        byte[] privateKey;
        byte[] publicKey;
        if (properties.vapidPrivateKey() != null && !properties.vapidPrivateKey().isBlank()) {
            privateKey = Base64.getDecoder().decode(properties.vapidPrivateKey().strip());
            publicKey = Base64.getDecoder().decode(properties.vapidPublicKey().strip());
        } else {
            Properties stored = loadOrCreate(properties.keyFile());
            privateKey = Base64.getDecoder().decode(stored.getProperty("private"));
            publicKey = Base64.getDecoder().decode(stored.getProperty("public"));
        }
        this.pair = VAPIDKeyPairs.of(PrivateKeySources.ofPKCS8Bytes(privateKey), PublicKeySources.ofX509Bytes(publicKey));
    }

    VAPIDKeyPair pair() {
        return pair;
    }

    /** The public key as browsers take it: uncompressed point, base64url. */
    String publicKey() {
        return pair.extractPublicKeyInUncompressedFormAsString();
    }

    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> OWNER_ONLY_DIRECTORY = PosixFilePermissions.fromString("rwx------");

    private static Properties loadOrCreate(Path file) {
        Properties keys = new Properties();
        boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
        try {
            if (Files.exists(file)) {
                if (posix && !Files.getPosixFilePermissions(file).equals(OWNER_ONLY)) {
                    log.warn("The VAPID key file {} was readable by others ({}); making it {}", file,
                            PosixFilePermissions.toString(Files.getPosixFilePermissions(file)), "rw-------");
                    Files.setPosixFilePermissions(file, OWNER_ONLY);
                }
                try (Reader in = Files.newBufferedReader(file)) {
                    keys.load(in);
                }
                return keys;
            }
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            KeyPair pair = generator.generateKeyPair();
            keys.setProperty("private", Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded()));
            keys.setProperty("public", Base64.getEncoder().encodeToString(pair.getPublic().getEncoded()));
            Path directory = file.toAbsolutePath().getParent();
            if (posix) {
                if (!Files.exists(directory)) {
                    Files.createDirectories(directory, PosixFilePermissions.asFileAttribute(OWNER_ONLY_DIRECTORY));
                }
                Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
            } else {
                Files.createDirectories(directory);
            }
            try (Writer out = Files.newBufferedWriter(file)) {
                keys.store(out, "QH notification: VAPID key pair for Web Push");
            }
            log.info("Generated a VAPID key pair in {}", file);
            return keys;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or write the VAPID key file " + file, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot generate a P-256 key pair", e);
        }
    }
}
