package com.qh.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.Signature;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class BenchTokensTest {

    @Test
    void signsTokensShapedLikeAuthsThatTheirPublishedKeyVerifies() throws Exception {
        UUID user = UUID.randomUUID();
        try (BenchTokens tokens = new BenchTokens()) {
            String[] parts = tokens.user(user, Duration.ofMinutes(5)).split("\\.");

            Signature rs256 = Signature.getInstance("SHA256withRSA");
            rs256.initVerify(tokens.publicKey());
            rs256.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
            assertThat(rs256.verify(Base64.getUrlDecoder().decode(parts[2]))).isTrue();
            assertThat(decoded(parts[0])).contains("\"alg\":\"RS256\"").contains("\"kid\":\"qh-bench\"");
            assertThat(decoded(parts[1])).contains("\"sub\":\"" + user + "\"").contains("\"iss\":\"qh\"")
                    .contains("\"roles\":[\"USER\"]");
        }
    }

    @Test
    void publishesTheModulusWithoutASignByteOnLoopback() throws Exception {
        try (BenchTokens tokens = new BenchTokens()) {
            HttpResponse<String> jwks = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(tokens.jwksUri())).build(), HttpResponse.BodyHandlers.ofString());

            String modulus = jwks.body().replaceAll(".*\"n\":\"([^\"]+)\".*", "$1");
            byte[] bytes = Base64.getUrlDecoder().decode(modulus);
            assertThat(jwks.statusCode()).isEqualTo(200);
            assertThat(tokens.jwksUri()).startsWith("http://127.0.0.1:");
            assertThat(bytes).hasSize(256);
            assertThat(new BigInteger(1, bytes)).isEqualTo(tokens.publicKey().getModulus());
        }
    }

    private static String decoded(String part) {
        return new String(Base64.getUrlDecoder().decode(part), StandardCharsets.UTF_8);
    }
}
