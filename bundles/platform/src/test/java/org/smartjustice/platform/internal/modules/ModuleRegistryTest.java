package org.smartjustice.platform.internal.modules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;
import org.smartjustice.platform.api.JusticeModule;
import org.smartjustice.platform.api.JusticeResource;
import org.smartjustice.platform.api.MenuEntry;

class ModuleRegistryTest {

    private long ids;
    private final ModuleRegistry registry = new ModuleRegistry();

    @SuppressWarnings("unchecked")
    private <T> ServiceReference<T> ref(Map<String, Object> properties) {
        long id = ++ids;
        return (ServiceReference<T>) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] { ServiceReference.class }, (proxy, method, args) -> switch (method.getName()) {
                    case "getProperty" -> Constants.SERVICE_ID.equals(args[0]) ? (Object) id : properties.get(args[0]);
                    case "getBundle" -> null;
                    case "hashCode" -> (int) id;
                    case "equals" -> proxy == args[0];
                    default -> null;
                });
    }

    private static JusticeModule module(String id, String title) {
        return new JusticeModule() {
            public String id() {
                return id;
            }

            public String title() {
                return title;
            }

            public List<MenuEntry> menuEntries() {
                return List.of();
            }
        };
    }

    private static JusticeResource resource() {
        return new JusticeResource() {
        };
    }

    @Test
    void aModuleKeepsEveryResourceOfAScopeAndLosesOnlyTheOneThatGoes() {
        JusticeResource first = resource();
        JusticeResource second = resource();
        JusticeResource open = resource();
        ServiceReference<JusticeResource> r1 = ref(Map.of(JusticeResource.MODULE, "venues"));
        ServiceReference<JusticeResource> r2 = ref(Map.of(JusticeResource.MODULE, "venues"));
        ServiceReference<JusticeResource> r3 = ref(Map.of(JusticeResource.MODULE, "venues",
                JusticeResource.SCOPE, JusticeResource.SCOPE_PUBLIC));
        registry.bindResource(r1, first);
        registry.bindResource(r2, second);
        registry.bindResource(r3, open);

        assertEquals(List.of(first, second), registry.tenantResources("venues"));
        assertEquals(List.of(open), registry.publicResources("venues"));

        registry.unbindResource(r1, first);
        assertEquals(List.of(second), registry.tenantResources("venues"));
        registry.unbindResource(r2, second);
        assertTrue(registry.tenantResources("venues").isEmpty());
        assertEquals(List.of(open), registry.publicResources().get("venues"));
    }

    @Test
    void theSecondProviderOfAModuleIdTakesOverWhenTheFirstGoes() {
        List<String> told = new ArrayList<>();
        registry.addListener(m -> told.add(m.module().title()));
        JusticeModule old = module("venues", "旧");
        JusticeModule newer = module("venues", "新");
        ServiceReference<JusticeModule> oldRef = ref(Map.of());
        ServiceReference<JusticeModule> newRef = ref(Map.of());
        registry.bindModule(oldRef, old);
        registry.bindModule(newRef, newer);

        assertSame(old, registry.module("venues").orElseThrow().module(), "the older service is served");
        assertEquals(1, registry.installed().size());

        registry.unbindModule(oldRef, old);
        assertSame(newer, registry.module("venues").orElseThrow().module(), "promoted when the first goes");
        assertEquals(List.of("旧", "新"), told);

        registry.unbindModule(newRef, newer);
        assertTrue(registry.module("venues").isEmpty());
    }

    @Test
    void aHigherRankingWins() {
        JusticeModule plain = module("map", "普通");
        JusticeModule ranked = module("map", "优先");
        registry.bindModule(ref(Map.of()), plain);
        ServiceReference<JusticeModule> rankedRef = ref(Map.of(Constants.SERVICE_RANKING, 10));
        registry.bindModule(rankedRef, ranked);

        assertSame(ranked, registry.module("map").orElseThrow().module());
        registry.unbindModule(rankedRef, ranked);
        assertSame(plain, registry.module("map").orElseThrow().module());
    }
}
