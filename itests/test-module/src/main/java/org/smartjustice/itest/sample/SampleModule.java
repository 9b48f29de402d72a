package org.smartjustice.itest.sample;

import org.osgi.service.component.annotations.Component;
import org.smartjustice.platform.api.AbstractJusticeModule;
import org.smartjustice.platform.api.JusticeModule;
import org.smartjustice.platform.api.MenuEntry;
import org.smartjustice.platform.api.Role;

@Component(service = JusticeModule.class)
public class SampleModule extends AbstractJusticeModule {

    public SampleModule() {
        super("sample", "示例模块", MenuEntry.of("sample", "示例模块").icon("book").path("/justice/sample").order(900).build(),
                MenuEntry.of("sample.admin", "示例管理").icon("setting").path("/justice/sample/admin").order(1)
                        .under("sample").forRoles(Role.DISTRICT_ADMIN).build());
    }
}
