package org.smartjustice.academy.internal.items;

import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Table;

import org.smartjustice.platform.api.persistence.TenantOwnedEntity;

/** A city item that a district does not show its own users and public. */
@Entity
@Table(name = "academy_hidden")
public class HiddenEntity extends TenantOwnedEntity {

    @Column(name = "item_id", nullable = false)
    String itemId;

    @Column(name = "hidden_at", nullable = false)
    LocalDateTime hiddenAt;

    @Column(name = "hidden_by", nullable = false)
    String hiddenBy;
}
