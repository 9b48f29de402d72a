package org.smartjustice.itest.sample;

import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

@Entity
@Table(name = "sample_note")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_code", contextProperty = "eclipselink.tenant-id")
public class SampleNote {

    public enum Kind { NOTE, TASK }

    @Id
    private String id;
    private String title;
    @Enumerated(EnumType.STRING)
    private Kind kind;
    @Version
    private long version;

    protected SampleNote() {
    }

    SampleNote(String id, String title, Kind kind) {
        this.id = id;
        this.title = title;
        this.kind = kind;
    }

    NoteView view() {
        return new NoteView(id, title, kind, version);
    }

    record NoteView(String id, String title, Kind kind, long version) {
    }
}
