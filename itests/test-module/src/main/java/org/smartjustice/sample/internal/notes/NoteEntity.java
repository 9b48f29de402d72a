package org.smartjustice.sample.internal.notes;

import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Table;

import org.smartjustice.platform.api.persistence.TenantOwnedEntity;

/** Tenant, id and version come from the platform's superclass; a note declares its own fields only. */
@Entity
@Table(name = "sample_note")
public class NoteEntity extends TenantOwnedEntity {

    public enum Kind { NOTE, TASK }

    private String title;
    @Enumerated(EnumType.STRING)
    private Kind kind;

    protected NoteEntity() {
    }

    public NoteEntity(String title, Kind kind) {
        this.title = title;
        this.kind = kind;
    }

    void change(String newTitle, Kind newKind) {
        title = newTitle;
        kind = newKind;
    }

    public NoteView view() {
        return new NoteView(id(), title, kind, version());
    }

    public record NoteView(String id, String title, Kind kind, long version) {
    }
}
