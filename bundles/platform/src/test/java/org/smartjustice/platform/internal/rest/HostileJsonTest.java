package org.smartjustice.platform.internal.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Request bodies as an attacker writes them: each is a 4xx problem naming the field, never a 500. */
class HostileJsonTest {

    enum Stage { PLANNED, PILOT, CITYWIDE, SUSPENDED }

    record Input(String name, Long version, Stage stage, Boolean active, Double lat, List<String> tags) {
    }

    private final JsonProvider provider = new JsonProvider();

    @BeforeAll
    static void jaxrs() {
        FakeJaxrsRuntime.install();
    }

    private Response read(byte[] body, MediaType type) {
        try {
            provider.readFrom((Class) Input.class, Input.class, null, type, null, new ByteArrayInputStream(body));
        } catch (Throwable e) {
            return Problems.toResponse(e);
        }
        throw new AssertionError("accepted: " + new String(body, StandardCharsets.UTF_8));
    }

    private Response read(String json) {
        return read(json.getBytes(StandardCharsets.UTF_8), MediaType.APPLICATION_JSON_TYPE);
    }

    private static void assertField(Response r, String field) {
        assertEquals(400, r.getStatus(), () -> String.valueOf(r.getEntity()));
        ProblemBody body = (ProblemBody) r.getEntity();
        assertEquals(field, body.errors().get(0).field(), body::toString);
        assertFalse(String.valueOf(body.detail()).contains("Exception"), body::toString);
    }

    @Test
    void lenientBindingIsRefusedNamingTheField() {
        assertField(read("{\"name\":123}"), "name");
        assertField(read("{\"name\":true}"), "name");
        assertField(read("{\"stage\":3}"), "stage");
        assertField(read("{\"version\":\"7\"}"), "version");
        assertField(read("{\"version\":1.5}"), "version");
        assertField(read("{\"active\":1}"), "active");
        assertField(read("{\"active\":\"true\"}"), "active");
        assertField(read("{\"lat\":\"34.7\"}"), "lat");
        assertField(read("{\"tags\":[\"a\",2]}"), "tags[1]");
    }

    @Test
    void duplicateKeysAndTrailingContentAreRefused() {
        assertField(read("{\"name\":\"a\",\"name\":\"b\"}"), "name");
        assertEquals(400, read("{\"name\":\"a\"} {\"name\":\"b\"}").getStatus());
        assertEquals(400, read("{\"name\":\"a\"}x").getStatus());
    }

    @Test
    void controlCharactersAndUnpairedSurrogatesInTextAreRefused() {
        assertField(read("{\"name\":\"a\\u0000b\"}"), "name");
        assertField(read("{\"name\":\"a\\u0007b\"}"), "name");
        assertField(read("{\"tags\":[\"ok\",\"a\\u001bb\"]}"), "tags[1]");
        assertField(read("{\"name\":\"\\ud800\"}"), "name");
        assertField(read("{\"name\":\"atk\\u202ejson\"}"), "name");
        assertEquals(400, read("{\"name\":\"a\u0001b\"}").getStatus(), "raw control character");
    }

    @Test
    void textWithTabsNewlinesAndAstralCharactersIsKept() throws Exception {
        Input in = (Input) provider.readFrom((Class) Input.class, Input.class, null, MediaType.APPLICATION_JSON_TYPE,
                null, new ByteArrayInputStream("{\"name\":\"第一行\\n\\t第二行 𠀀\"}".getBytes(StandardCharsets.UTF_8)));
        assertEquals("第一行\n\t第二行 𠀀", in.name());
    }

    @Test
    void hugeOrDeepInputIsRefused() {
        assertEquals(400, read("[".repeat(1001) + "]".repeat(1001)).getStatus());
        assertEquals(400, read("{\"tags\":" + "[".repeat(100) + "]".repeat(100) + "}").getStatus());
        assertField(read("{\"version\":" + "9".repeat(1001) + "}"), "version");
        assertField(read("{\"version\":1180591620717411303424}"), "version");
        assertEquals(400, read("{\"" + "k".repeat(60_000) + "\":1}").getStatus());
        Response large = read("{\"name\":\"" + "长".repeat(1_000_000) + "\"}");
        assertEquals(413, large.getStatus(), String.valueOf(large.getEntity()));
    }

    @Test
    void bytesThatAreNotUtf8AreRefused() {
        ByteArrayOutputStream bom16 = new ByteArrayOutputStream();
        bom16.writeBytes(new byte[] { (byte) 0xFF, (byte) 0xFE });
        bom16.writeBytes("{\"name\":\"x\"}".getBytes(StandardCharsets.UTF_16LE));
        assertEquals(400, read(bom16.toByteArray(), MediaType.APPLICATION_JSON_TYPE).getStatus());
        byte[] overlong = { '{', '"', 'n', 'a', 'm', 'e', '"', ':', '"', (byte) 0xC0, (byte) 0xAF, '"', '}' };
        // Decoding fails before the parser reaches a field: the body is named.
        assertField(read(overlong, MediaType.APPLICATION_JSON_TYPE), "body");
        byte[] invalid = { '{', '"', 'n', 'a', 'm', 'e', '"', ':', '"', (byte) 0xFF, '"', '}' };
        assertEquals(400, read(invalid, MediaType.APPLICATION_JSON_TYPE).getStatus());
    }

    @Test
    void aCharsetOtherThanUtf8IsUnsupported() {
        Response r = read("{}".getBytes(StandardCharsets.UTF_8), MediaType.valueOf("application/json; charset=bogus"));
        assertEquals(415, r.getStatus());
        assertEquals(415, read("{}".getBytes(StandardCharsets.UTF_8),
                MediaType.valueOf("application/json; charset=ISO-8859-1")).getStatus());
    }
}
