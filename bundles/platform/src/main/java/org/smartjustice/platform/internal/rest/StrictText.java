package org.smartjustice.platform.internal.rest;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;

/**
 * Text fields of request bodies hold text: JSON strings only (no numbers or booleans read as
 * strings), without NUL or other control characters (but tab, line feed and carriage return), and
 * without unpaired surrogates — which one database stores, another refuses, and no user typed.
 */
final class StrictText extends StdScalarDeserializer<String> {

    private static final long serialVersionUID = 1L;

    static SimpleModule module() {
        return new SimpleModule("strict-text").addDeserializer(String.class, new StrictText());
    }

    private StrictText() {
        super(String.class);
    }

    @Override
    public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
            return (String) ctxt.handleUnexpectedToken(String.class, p);
        }
        String text = p.getText();
        String problem = problemOf(text);
        if (problem != null) {
            return (String) ctxt.handleWeirdStringValue(String.class, text, problem);
        }
        return text;
    }

    /** What is wrong with the text, or null. */
    static String problemOf(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7f) {
                return "含有控制字符（U+" + String.format("%04X", (int) c) + "）";
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return "含有不成对的代理字符";
            }
            if (Character.isLowSurrogate(c)) {
                return "含有不成对的代理字符";
            }
        }
        return null;
    }
}
