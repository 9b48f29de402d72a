package org.smartjustice.itest.sample;

import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.smartjustice.platform.api.JusticeModule;
import org.smartjustice.platform.api.MenuEntry;
import org.smartjustice.platform.api.Role;

@Component(service = JusticeModule.class)
public class SampleModule implements JusticeModule {

    @Override
    public String id() {
        return "sample";
    }

    @Override
    public String title() {
        return "示例模块";
    }

    @Override
    public List<MenuEntry> menuEntries() {
        return List.of(MenuEntry.of("sample", "示例模块").icon("book").path("/justice/sample").order(900).build(),
                MenuEntry.of("sample.admin", "示例管理").icon("setting").path("/justice/sample/admin").order(1).under("sample")
                        .forRoles(Role.DISTRICT_ADMIN).build());
    }
}
