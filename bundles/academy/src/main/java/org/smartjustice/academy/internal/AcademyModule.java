package org.smartjustice.academy.internal;

import java.util.List;
import java.util.Set;

import org.osgi.service.component.annotations.Component;
import org.smartjustice.platform.api.AbstractJusticeModule;
import org.smartjustice.platform.api.JusticeModule;
import org.smartjustice.platform.api.MenuEntry;

/** 网格学堂: the module as the platform sees it. */
@Component(service = JusticeModule.class)
public class AcademyModule extends AbstractJusticeModule {

    public static final String ID = "academy";
    static final String ROUTE = "/justice/academy";

    public AcademyModule() {
        super(ID, "网格学堂", Set.of(), menu());
    }

    private static List<MenuEntry> menu() {
        return List.of(
                MenuEntry.of(ID, "网格学堂").icon("read").path(ROUTE).order(300).build(),
                MenuEntry.of(ID + ".items", "内容管理").icon("edit").path(ROUTE + "/items").order(1).under(ID)
                        .forRoles(Access.EDITORS).build(),
                MenuEntry.of(ID + ".review", "待审内容").icon("audit").path(ROUTE + "/items?state=REVIEW").order(2).under(ID)
                        .forRoles(Access.EDITORS).build(),
                MenuEntry.of(ID + ".city", "市级内容").icon("global").path(ROUTE + "/city-items").order(3).under(ID)
                        .forRoles(Access.EDITORS).build());
    }
}
