package org.smartjustice.itest.sample;

import org.smartjustice.platform.api.problem.Validation;

public record NoteInput(String title, SampleNote.Kind kind, Long version) {

    void validate() {
        new Validation().required("title", title).maxLength("title", title, 50).required("kind", kind).throwIfInvalid();
    }
}
