package org.smartjustice.academy.internal.search;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Table;

import org.smartjustice.platform.api.persistence.TenantOwnedEntity;

/** One group of words that mean the same to people who search, comma-separated. */
@Entity
@Table(name = "academy_synonym")
public class SynonymEntity extends TenantOwnedEntity {

    @Column(nullable = false)
    String terms;
}
