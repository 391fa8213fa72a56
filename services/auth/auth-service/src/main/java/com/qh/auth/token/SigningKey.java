package com.qh.auth.token;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.qh.platform.crypto.EncryptedStringConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.UUID;

/**
 * An RSA key pair that signs access tokens from its creation until {@code activeUntil}, and whose public half stays
 * published until {@code retireAt}, when no token it signed can still be valid.
 */
@Entity
@Table(name = "signing_key")
class SigningKey {

    @Id
    private String kid;

    @Column(nullable = false)
    private String algorithm;

    @Column(nullable = false)
    private byte[] publicKey;

    /** PKCS#8, Base64, encrypted at rest. */
    @Column(nullable = false)
    @Convert(converter = EncryptedStringConverter.class)
    private String privateKey;

    @Column(nullable = false)
    private Instant createdAt;

    @Column(nullable = false)
    private Instant activeUntil;

    @Column(nullable = false)
    private Instant retireAt;

    protected SigningKey() {
    }

    private SigningKey(String kid, KeyPair pair, Instant createdAt, Instant activeUntil, Instant retireAt) {
        this.kid = kid;
        this.algorithm = JWSAlgorithm.RS256.getName();
        this.publicKey = pair.getPublic().getEncoded();
        this.privateKey = Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded());
        this.createdAt = createdAt;
        this.activeUntil = activeUntil;
        this.retireAt = retireAt;
    }

    static SigningKey generate(int keySize, Instant now, Instant activeUntil, Instant retireAt) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(keySize);
            return new SigningKey(UUID.randomUUID().toString(), generator.generateKeyPair(), now, activeUntil,
                    retireAt);
        }
        catch (GeneralSecurityException e) {
            throw new IllegalStateException("RSA key generation is unavailable", e);
        }
    }

    String kid() {
        return kid;
    }

    Instant createdAt() {
        return createdAt;
    }

    boolean signsAt(Instant now) {
        return !createdAt.isAfter(now) && activeUntil.isAfter(now);
    }

    boolean publishedAt(Instant now) {
        return retireAt.isAfter(now);
    }

    /** The key as a JWK; the private half only for signing, never for the JWKS. */
    RSAKey jwk(boolean withPrivateKey) {
        try {
            KeyFactory factory = KeyFactory.getInstance("RSA");
            RSAPublicKey pub = (RSAPublicKey) factory.generatePublic(new X509EncodedKeySpec(publicKey));
            RSAKey.Builder builder = new RSAKey.Builder(pub).keyID(kid).keyUse(KeyUse.SIGNATURE)
                    .algorithm(JWSAlgorithm.RS256).issueTime(Date.from(createdAt));
            if (withPrivateKey) {
                builder.privateKey((RSAPrivateKey) factory.generatePrivate(new PKCS8EncodedKeySpec(
                        Base64.getDecoder().decode(privateKey))));
            }
            return builder.build();
        }
        catch (GeneralSecurityException e) {
            throw new IllegalStateException("Stored signing key " + kid + " cannot be read", e);
        }
    }
}
