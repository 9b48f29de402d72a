package org.smartjustice.itest.sample;

import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Table;

import org.smartjustice.platform.api.persistence.TenantOwnedEntity;

/** Tenant, id and version come from the platform's superclass; the note declares its own fields only. */
@Entity
@Table(name = "sample_note")
public class SampleNote extends TenantOwnedEntity {

    public enum Kind { NOTE, TASK }

    private String title;
    @Enumerated(EnumType.STRING)
    private Kind kind;

    protected SampleNote() {
    }

    SampleNote(String title, Kind kind) {
        this.title = title;
        this.kind = kind;
    }

    void change(String newTitle, Kind newKind) {
        title = newTitle;
        kind = newKind;
    }

    NoteView view() {
        return new NoteView(id(), title, kind, version());
    }

    record NoteView(String id, String title, Kind kind, long version) {
    }
}
