package org.smartjustice.platform.internal.modules;

import java.util.List;

/** A module as {@code GET /platform/modules} shows it. */
public record ModuleView(String id, String title, String version, String bundle, List<String> enabledTenants) {
}
