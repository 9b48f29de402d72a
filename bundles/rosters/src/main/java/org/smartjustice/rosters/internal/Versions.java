package org.smartjustice.rosters.internal;

import org.smartjustice.platform.api.rest.ExpectedVersion;

/** Versions that a write may name (checked when named) rather than must. */
public final class Versions {

    private Versions() {
    }

    /** The version named by {@code If-Match} or the body (they must agree), or null when neither names one. */
    public static Long optional(ExpectedVersion ifMatch, Long bodyVersion) {
        return ifMatch == null && bodyVersion == null ? null : ExpectedVersion.require(ifMatch, bodyVersion);
    }
}
