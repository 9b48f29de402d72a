package org.smartjustice.platform.internal.rest;

import java.util.Dictionary;
import java.util.Hashtable;

import javax.ws.rs.Path;

import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.smartjustice.platform.api.problem.ProblemException;

/**
 * While the request-scope filter is missing (a service it needs did not start), every resource of
 * the application is withdrawn (they select the filter); this guard then registers a catch-all
 * that answers every path with 503 {@code platform-not-ready}, instead of a bare 404. It is
 * registered only then: present next to the real resources it would shadow their 405s.
 */
@Component(service = {})
public class NotReadyGuard {

    private BundleContext bundleContext;
    private volatile boolean active;
    private volatile RequestScopeFilter filter;
    private ServiceRegistration<NotReady> registration;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void bindFilter(RequestScopeFilter filter) {
        this.filter = filter;
        update();
    }

    void unbindFilter(RequestScopeFilter filter) {
        if (this.filter == filter) {
            this.filter = null;
        }
        update();
    }

    @Activate
    void activate(BundleContext bundleContext) {
        this.bundleContext = bundleContext;
        active = true;
        update();
    }

    @Deactivate
    void deactivate() {
        active = false;
        update();
    }

    private synchronized void update() {
        boolean wanted = active && filter == null;
        if (wanted && registration == null) {
            Dictionary<String, Object> props = new Hashtable<>();
            props.put("osgi.jaxrs.resource", Boolean.TRUE);
            props.put("osgi.jaxrs.application.select", "(osgi.jaxrs.name=" + Jaxrs.APP_NAME + ")");
            props.put("osgi.jaxrs.extension.select", "(osgi.jaxrs.name=justice.json)");
            registration = bundleContext.registerService(NotReady.class, new NotReady(), props);
        } else if (!wanted && registration != null) {
            try {
                registration.unregister();
            } catch (IllegalStateException alreadyGone) {
                // the bundle is stopping
            }
            registration = null;
        }
    }

    /** The catch-all: a sub-resource locator matches every method and path. */
    @Path("{path: .*}")
    public static final class NotReady {

        @Path("")
        public Object refuse() {
            throw new ProblemException(503, "platform-not-ready", "平台尚未就绪", "平台服务正在启动或配置有误，请稍后重试");
        }
    }
}
