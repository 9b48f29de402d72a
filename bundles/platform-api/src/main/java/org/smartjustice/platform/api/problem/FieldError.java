package org.smartjustice.platform.api.problem;

import java.util.Objects;

/** One invalid field of a request: its JSON path (e.g. {@code name}, {@code rows[3].phone}) and why. */
public record FieldError(String field, String message) {

    public FieldError {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
    }
}
