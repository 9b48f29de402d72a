package org.smartjustice.venues.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.osgi.service.component.annotations.Component;
import org.smartjustice.platform.api.AbstractJusticeModule;
import org.smartjustice.platform.api.JusticeModule;
import org.smartjustice.platform.api.MenuEntry;
import org.smartjustice.venues.api.VenueType;

/** 阵地管理: the module as the platform sees it, with a menu entry per venue type. */
@Component(service = JusticeModule.class)
public class VenuesModule extends AbstractJusticeModule {

    public static final String ID = "venues";
    static final String ROUTE = "/justice/venues";

    public VenuesModule() {
        super(ID, "阵地管理", Set.of(), menu());
    }

    private static List<MenuEntry> menu() {
        List<MenuEntry> entries = new ArrayList<>();
        entries.add(MenuEntry.of(ID, "阵地管理").icon("environment").path(ROUTE).order(100).build());
        int order = 1;
        for (VenueType type : VenueType.values()) {
            entries.add(MenuEntry.of(ID + "." + type.name().toLowerCase(Locale.ROOT), type.title()).icon("bank")
                    .path(ROUTE + "?type=" + type.name()).order(order++).under(ID).build());
        }
        entries.add(MenuEntry.of(ID + ".imports", "批量导入").icon("upload").path(ROUTE + "/imports").order(order).under(ID)
                .forRoles(Access.EDITORS).build());
        return entries;
    }
}
