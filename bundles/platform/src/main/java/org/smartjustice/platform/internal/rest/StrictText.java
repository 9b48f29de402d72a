package org.smartjustice.platform.internal.rest;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;

import org.smartjustice.platform.api.problem.Validation;

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
        String problem = Validation.plainTextProblem(text);
        if (problem != null) {
            return (String) ctxt.handleWeirdStringValue(String.class, text, problem);
        }
        return text;
    }
}
