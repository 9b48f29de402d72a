package org.smartjustice.platform.internal.menu;

/** One menu entry as the host UI receives it (DESIGN §4). */
public record MenuItem(String id, String module, String title, String icon, String path, int order, String parent) {
}
