package org.smartjustice.academy.internal.search;

import java.time.LocalDate;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Table;

import org.smartjustice.platform.api.persistence.TenantOwnedEntity;

/** The random salt of a day's caller hashes: one per tenant and day, shared by every node, dropped after the day. */
@Entity
@Table(name = "academy_search_salt")
public class SearchSaltEntity extends TenantOwnedEntity {

    @Column(name = "salt_day", nullable = false)
    LocalDate day;

    @Column(nullable = false)
    String salt;

    static String idOf(String tenant, LocalDate day) {
        return "search-salt/" + tenant + "/" + day;
    }

    static SearchSaltEntity create(String tenant, LocalDate day, String salt) {
        SearchSaltEntity s = new SearchSaltEntity();
        s.assignId(idOf(tenant, day));
        s.day = day;
        s.salt = salt;
        return s;
    }
}
