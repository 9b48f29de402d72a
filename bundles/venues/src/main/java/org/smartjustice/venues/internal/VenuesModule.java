package org.smartjustice.venues.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

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
        entries.add(new MenuEntry(ID, "阵地管理", "environment", ROUTE, 100, null, Set.of()));
        int order = 1;
        for (VenueType type : VenueType.values()) {
            entries.add(new MenuEntry(ID + "." + type.name().toLowerCase(java.util.Locale.ROOT), type.title(), "bank",
                    ROUTE + "?type=" + type.name(), order++, ID, Set.of()));
        }
        entries.add(new MenuEntry(ID + ".imports", "批量导入", "upload", ROUTE + "/imports", order, ID,
                Set.of(Access.EDITORS)));
        return entries;
    }
}
