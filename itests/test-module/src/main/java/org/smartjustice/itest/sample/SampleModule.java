package org.smartjustice.itest.sample;

import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.smartjustice.platform.api.JusticeModule;
import org.smartjustice.platform.api.MenuEntry;
import org.smartjustice.platform.api.Role;
import java.util.Set;

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
        return List.of(
                new MenuEntry("sample", "示例模块", "book", "/justice/sample", 900, null, Set.of()),
                new MenuEntry("sample.admin", "示例管理", "setting", "/justice/sample/admin", 1, "sample",
                        Set.of(Role.DISTRICT_ADMIN)));
    }
}
