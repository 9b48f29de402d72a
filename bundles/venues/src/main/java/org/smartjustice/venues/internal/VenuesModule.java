package org.smartjustice.venues.internal;

import java.util.ArrayList;
import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.smartjustice.platform.api.JusticeModule;
import org.smartjustice.platform.api.MenuEntry;
import org.smartjustice.venues.api.VenueType;

/** 阵地管理: the module as the platform sees it, with a menu entry per venue type. */
@Component(service = JusticeModule.class)
public class VenuesModule implements JusticeModule {

    public static final String ID = "venues";
    static final String ROUTE = "/justice/venues";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "阵地管理";
    }

    @Override
    public List<MenuEntry> menuEntries() {
        List<MenuEntry> entries = new ArrayList<>();
        entries.add(MenuEntry.of(ID, "阵地管理").icon("environment").path(ROUTE).order(100).build());
        int order = 1;
        for (VenueType type : VenueType.values()) {
            entries.add(MenuEntry.of(ID + "." + type.name().toLowerCase(java.util.Locale.ROOT), type.title()).icon("bank")
                    .path(ROUTE + "?type=" + type.name()).order(order++).under(ID).build());
        }
        entries.add(MenuEntry.of(ID + ".imports", "批量导入").icon("upload").path(ROUTE + "/imports").order(order).under(ID)
                .forRoles(Access.EDITORS).build());
        return entries;
    }
}
