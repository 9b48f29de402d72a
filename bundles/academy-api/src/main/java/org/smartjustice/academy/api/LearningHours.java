package org.smartjustice.academy.api;

import java.util.Collection;
import java.util.Map;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Learning hours recorded in the academy, for the tenant of the current request (the platform's
 * TenantContext), so that a module can never read another tenant's.
 */
@ProviderType
public interface LearningHours {

    /**
     * The hours each of these people has completed, by their host user id ({@code sub}); a person
     * with no record is absent from the map.
     */
    Map<String, Double> hoursOf(Collection<String> hostUserIds);
}
