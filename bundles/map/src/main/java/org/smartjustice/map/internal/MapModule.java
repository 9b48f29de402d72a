package org.smartjustice.map.internal;

import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.smartjustice.platform.api.JusticeModule;
import org.smartjustice.platform.api.MenuEntry;

/** 公共法律服务地图: the module as the platform sees it, with one menu entry for the host console. */
@Component(service = JusticeModule.class)
public class MapModule implements JusticeModule {

    public static final String ID = "map";
    static final String TITLE = "公共法律服务地图";
    static final String ROUTE = "/justice/map";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return TITLE;
    }

    @Override
    public List<MenuEntry> menuEntries() {
        return List.of(MenuEntry.of(ID, TITLE).icon("global").path(ROUTE).order(600).build());
    }
}
