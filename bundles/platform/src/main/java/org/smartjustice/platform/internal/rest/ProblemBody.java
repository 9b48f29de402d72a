package org.smartjustice.platform.internal.rest;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.smartjustice.platform.api.problem.FieldError;

/** The RFC 9457 document. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ProblemBody(String type, String title, int status, String detail, List<FieldError> errors) {
}
