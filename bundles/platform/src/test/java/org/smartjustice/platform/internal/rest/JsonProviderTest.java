package org.smartjustice.platform.internal.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;

import javax.ws.rs.core.MediaType;

import com.fasterxml.jackson.core.JsonProcessingException;

import org.junit.jupiter.api.Test;

class JsonProviderTest {

    record Item(String name, OffsetDateTime at) {
    }

    private final JsonProvider provider = new JsonProvider();
    private final MediaType json = new MediaType("application", "json");

    @Test
    void handlesJsonAndPlusJsonButNotOtherTypesOrRawBodies() {
        assertTrue(provider.isWriteable(Item.class, Item.class, null, json));
        assertTrue(provider.isWriteable(Item.class, Item.class, null, new MediaType("application", "problem+json")));
        assertTrue(provider.isWriteable(Item.class, Item.class, null, new MediaType("application", "geo+json")));
        assertFalse(provider.isWriteable(Item.class, Item.class, null, new MediaType("text", "csv")));
        assertFalse(provider.isWriteable(byte[].class, byte[].class, null, json));
        assertFalse(provider.isWriteable(String.class, String.class, null, json));
        assertFalse(provider.isReadable(InputStream.class, InputStream.class, null, json));
    }

    @Test
    void writesTimestampsAsIsoWithOffsetAndLeavesTheStreamOpen() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream() {
            @Override
            public void close() {
                throw new AssertionError("the container owns the stream");
            }
        };
        provider.writeTo(List.of(new Item("中原区", OffsetDateTime.parse("2026-11-23T16:00:00+08:00"))), List.class, List.class,
                null, json, null, out);
        assertEquals("[{\"name\":\"中原区\",\"at\":\"2026-11-23T16:00:00+08:00\"}]", out.toString(StandardCharsets.UTF_8));
    }

    @Test
    @SuppressWarnings({ "unchecked", "rawtypes" })
    void readsByTheDeclaredTypeAndRefusesUnknownFields() throws Exception {
        Item item = (Item) provider.readFrom((Class) Item.class, Item.class, null, json, null,
                new ByteArrayInputStream("{\"name\":\"x\"}".getBytes(StandardCharsets.UTF_8)));
        assertEquals("x", item.name());
        assertThrows(JsonProcessingException.class, () -> provider.readFrom((Class) Item.class, Item.class, null, json,
                null, new ByteArrayInputStream("{\"name\":\"x\",\"colour\":1}".getBytes(StandardCharsets.UTF_8))));
    }
}
