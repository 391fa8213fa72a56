package com.qh.launcher;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.KeyFactory;
import java.security.interfaces.RSAPrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.Base64;
import java.util.Properties;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Auth's current signing key in a running platform, taken as an attacker holding both auth's database and its key
 * file would take it: the newest row of {@code signing_key}, decrypted with {@code keys/auth.keys} (the database
 * alone no longer gives the key away). Tests sign tokens with it to show that a token fails on its claims, not on a
 * foreign signature, and that the key really is auth's.
 *
 * @param kid the key id auth publishes the key's public half under
 */
public record AuthSigningKey(String kid, RSAPrivateKey privateKey) {

    /**
     * Reads the key from auth's database and decrypts it.
     *
     * @throws AssertionError when auth stored the key unencrypted
     */
    public static AuthSigningKey of(RunningPlatform platform) throws Exception {
        try (Connection db = DriverManager.getConnection(platform.platform().jdbcUrl("auth"), "postgres", "");
                ResultSet key = db.createStatement().executeQuery(
                        "select kid, private_key from signing_key order by created_at desc limit 1")) {
            key.next();
            String stored = key.getString("private_key");
            if (!stored.startsWith("enc:v1:")) {
                throw new AssertionError("auth keeps its signing key unencrypted: " + stored.substring(0, 12) + "...");
            }
            RSAPrivateKey privateKey = (RSAPrivateKey) KeyFactory.getInstance("RSA").generatePrivate(
                    new PKCS8EncodedKeySpec(Base64.getDecoder().decode(decrypted(platform, stored))));
            return new AuthSigningKey(key.getString("kid"), privateKey);
        }
    }

    /** {@code claims} signed RS256 with this key under its own key id, as auth signs an access token. */
    public String sign(JWTClaimsSet claims) throws JOSEException {
        return sign(claims, kid);
    }

    /** {@code claims} signed RS256 with this key, naming {@code kid} (any id, even one auth never published). */
    public String sign(JWTClaimsSet claims, String kid) throws JOSEException {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(kid).build(), claims);
        jwt.sign(new RSASSASigner(privateKey));
        return jwt.serialize();
    }

    /** The starter's format: {@code enc:v1:<key id>:<Base64 of 12-byte nonce, ciphertext, tag>}, key id as AAD. */
    private static String decrypted(RunningPlatform platform, String stored) throws Exception {
        Properties keys = new Properties();
        try (var in = Files.newInputStream(platform.dataDirectory().resolve("keys/auth.keys"))) {
            keys.load(in);
        }
        String[] parts = stored.split(":");
        String keyId = parts[2];
        byte[] sealed = Base64.getDecoder().decode(parts[3]);
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(Base64.getDecoder().decode(keys.getProperty("key." + keyId)),
                "AES"), new GCMParameterSpec(128, sealed, 0, 12));
        cipher.updateAAD(keyId.getBytes(StandardCharsets.US_ASCII));
        return new String(cipher.doFinal(sealed, 12, sealed.length - 12), StandardCharsets.UTF_8);
    }
}
