package org.smartjustice.map.internal;

import org.osgi.service.component.annotations.Component;
import org.smartjustice.platform.api.AbstractJusticeModule;
import org.smartjustice.platform.api.JusticeModule;
import org.smartjustice.platform.api.MenuEntry;

/** 公共法律服务地图: the module as the platform sees it, with one menu entry for the host console. */
@Component(service = JusticeModule.class)
public class MapModule extends AbstractJusticeModule {

    public static final String ID = "map";
    static final String TITLE = "公共法律服务地图";
    static final String ROUTE = "/justice/map";

    public MapModule() {
        super(ID, TITLE, MenuEntry.of(ID, TITLE).icon("global").path(ROUTE).order(600).build());
    }
}
