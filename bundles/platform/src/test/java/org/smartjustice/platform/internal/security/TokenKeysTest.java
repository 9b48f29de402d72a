package org.smartjustice.platform.internal.security;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPublicKey;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.Test;

class TokenKeysTest {

    @Test
    void secretShorterThan32BytesIsRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> TokenKeys.from(TestConfigs.config("", "0123456789abcdef0123456789abcde", "", 60)));
    }

    @Test
    void secretLengthIsCountedInUtf8Bytes() {
        String elevenChineseChars = "智慧司法智慧司法智慧司"; // 33 bytes in UTF-8

        TokenKeys keys = TokenKeys.from(TestConfigs.config("", elevenChineseChars, "", 60));

        assertArrayEquals(elevenChineseChars.getBytes(StandardCharsets.UTF_8), keys.hmacSecret());
    }

    @Test
    void emptySecretAndKeyDisableBothAlgorithms() {
        TokenKeys keys = TokenKeys.from(TestConfigs.config("  ", "", "", 30));

        assertNull(keys.hmacSecret());
        assertNull(keys.rsaPublicKey());
        assertNull(keys.issuer(), "a blank issuer means any issuer");
        assertEquals(30, keys.clockSkewSeconds());
    }

    @Test
    void minterRefusesWithoutASecret() {
        TokenMinter minter = new TokenMinter(TokenKeys.from(TestConfigs.config("", "", "", 60)));

        assertThrows(IllegalStateException.class, () -> minter.mint("u", "u", List.of(), List.of(), 60));
    }

    @Test
    void rsaKeyIsReadFromPemOrBareBase64() throws Exception {
        KeyPairGenerator gen = KeyPairGenerator.getInstance("RSA");
        gen.initialize(2048);
        RSAPublicKey key = (RSAPublicKey) gen.generateKeyPair().getPublic();
        String base64 = Base64.getEncoder().encodeToString(key.getEncoded());
        String pem = "-----BEGIN PUBLIC KEY-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(key.getEncoded()) + "\n-----END PUBLIC KEY-----\n";

        assertEquals(key.getModulus(), TokenKeys.parseRsa(pem).getModulus());
        assertEquals(key.getModulus(), TokenKeys.parseRsa(base64).getModulus());
        assertNotNull(TokenKeys.from(TestConfigs.config("", "", pem, 60)).rsaPublicKey());
    }

    @Test
    void aKeyThatIsNotRsaIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> TokenKeys.parseRsa("not a key"));
        assertThrows(IllegalArgumentException.class,
                () -> TokenKeys.parseRsa(Base64.getEncoder().encodeToString("hello".getBytes(StandardCharsets.UTF_8))));
    }
}
