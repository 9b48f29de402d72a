package org.smartjustice.platform.internal.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Dictionary;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.smartjustice.platform.api.problem.ProblemException;

class NotReadyGuardTest {

    /** What the guard registered, in order: "+" for a registration, "-" for its removal. */
    private final List<String> events = new ArrayList<>();
    private Dictionary<?, ?> properties;

    private BundleContext context() {
        return (BundleContext) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] { BundleContext.class },
                (proxy, method, args) -> {
                    if (method.getName().equals("registerService")) {
                        events.add("+");
                        properties = (Dictionary<?, ?>) args[2];
                        return Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] { ServiceRegistration.class },
                                (p, m, a) -> {
                                    if (m.getName().equals("unregister")) {
                                        events.add("-");
                                    }
                                    return null;
                                });
                    }
                    return null;
                });
    }

    @Test
    void theCatchAllIsThereExactlyWhileTheRequestScopeFilterIsMissing() {
        NotReadyGuard guard = new NotReadyGuard();
        RequestScopeFilter filter = new RequestScopeFilter();

        guard.activate(context());
        assertEquals(List.of("+"), events, "no filter yet: the catch-all answers");
        assertEquals(Boolean.TRUE, properties.get("osgi.jaxrs.resource"));

        guard.bindFilter(filter);
        assertEquals(List.of("+", "-"), events, "with the filter the real resources answer, 405s included");

        guard.unbindFilter(filter);
        assertEquals(List.of("+", "-", "+"), events);

        guard.deactivate();
        assertEquals(List.of("+", "-", "+", "-"), events);
    }

    @Test
    void theCatchAllAnswers503PlatformNotReady() {
        ProblemException e = assertThrows(ProblemException.class, () -> new NotReadyGuard.NotReady().refuse());
        assertEquals(503, e.status());
        assertEquals("platform-not-ready", e.type());
    }
}
