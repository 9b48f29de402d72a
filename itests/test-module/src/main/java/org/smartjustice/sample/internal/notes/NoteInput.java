package org.smartjustice.sample.internal.notes;

import org.smartjustice.platform.api.problem.Validation;

/** A note as a client sends it: 400 naming the field when it is not one. */
public record NoteInput(String title, NoteEntity.Kind kind, Long version) {

    public void validate() {
        new Validation().required("title", title).maxLength("title", title, 50).singleLine("title", title)
                .required("kind", kind).throwIfInvalid();
    }
}
