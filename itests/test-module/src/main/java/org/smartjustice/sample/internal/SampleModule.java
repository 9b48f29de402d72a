package org.smartjustice.sample.internal;

import java.util.Map;

import org.osgi.service.component.annotations.Component;
import org.smartjustice.platform.api.AbstractJusticeModule;
import org.smartjustice.platform.api.JusticeModule;
import org.smartjustice.platform.api.MenuEntry;
import org.smartjustice.platform.api.Role;

/** The module as the platform sees it: id, zh-CN title, menu, and what its own parameters mean. */
@Component(service = JusticeModule.class)
public class SampleModule extends AbstractJusticeModule {

    public SampleModule() {
        super("sample", "示例模块", MenuEntry.of("sample", "示例模块").icon("book").path("/justice/sample").order(900).build(),
                MenuEntry.of("sample.admin", "示例管理").icon("setting").path("/justice/sample/admin").order(1)
                        .under("sample").forRoles(Role.DISTRICT_ADMIN).build());
    }

    @Override
    public Map<String, String> parameters() {
        return Map.of("id", "记录编号", "q", "记录标题中包含的文字");
    }
}
