package org.smartjustice.platform.internal.rest;

import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.runtime.JaxrsServiceRuntime;
import org.osgi.service.jaxrs.runtime.dto.ApplicationDTO;
import org.osgi.service.jaxrs.runtime.dto.BaseDTO;
import org.osgi.service.jaxrs.runtime.dto.RuntimeDTO;

/**
 * Keeps the JAX-RS whiteboard serving exactly the platform's registered services ({@link WhiteboardCheck}):
 * every few seconds it compares the platform bundle's whiteboard services with the runtime's view, and
 * when they have differed for a while it restarts the whiteboard bundle once, which takes up every
 * registered service again from one thread. The restart is logged as a warning.
 */
@Component(immediate = true)
public class WhiteboardWatch {

    static final long EVERY_SECONDS = 5;
    private static final Logger LOG = Logger.getLogger(WhiteboardWatch.class.getName());
    private static final String WHITEBOARD_SERVICES =
            "(|(osgi.jaxrs.resource=true)(osgi.jaxrs.extension=true)(osgi.jaxrs.application.base=*))";

    /** Kept across reactivations: restarting the whiteboard reactivates this component, the budget stays. */
    private static final WhiteboardCheck CHECK = new WhiteboardCheck();

    private volatile JaxrsServiceRuntime runtime;
    private volatile Bundle whiteboard;
    private BundleContext context;
    private ScheduledExecutorService timer;

    @Reference
    void bindRuntime(JaxrsServiceRuntime runtime, ServiceReference<JaxrsServiceRuntime> reference) {
        this.runtime = runtime;
        this.whiteboard = reference.getBundle();
    }

    @Activate
    void activate(BundleContext context) {
        this.context = context;
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "justice-whiteboard-watch");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleWithFixedDelay(this::checkOnce, EVERY_SECONDS, EVERY_SECONDS, TimeUnit.SECONDS);
    }

    @Deactivate
    void deactivate() {
        timer.shutdownNow();
    }

    private void checkOnce() {
        try {
            WhiteboardCheck.Difference difference = WhiteboardCheck.compare(registered(), served());
            if (CHECK.observe(difference, System.currentTimeMillis())) {
                restartWhiteboard(difference);
            }
        } catch (RuntimeException | InvalidSyntaxException e) {
            // The runtime or the bundle is going away: the next check sees the new state.
            LOG.log(Level.FINE, "whiteboard check skipped", e);
        }
    }

    /** The platform bundle's own whiteboard services (modules reach CXF through the gateways only). */
    private Set<Long> registered() throws InvalidSyntaxException {
        Set<Long> ids = new HashSet<>();
        ServiceReference<?>[] refs = context.getServiceReferences((String) null, WHITEBOARD_SERVICES);
        for (ServiceReference<?> ref : refs == null ? new ServiceReference<?>[0] : refs) {
            if (ref.getBundle() != null && ref.getBundle().getBundleId() == context.getBundle().getBundleId()) {
                ids.add((Long) ref.getProperty("service.id"));
            }
        }
        return ids;
    }

    /** Every service of the platform's the runtime knows, served or failed (a failure is the runtime's answer too). */
    private Set<Long> served() {
        RuntimeDTO dto = runtime.getRuntimeDTO();
        Set<Long> ids = new HashSet<>();
        if (dto.defaultApplication != null) {
            application(dto.defaultApplication, ids);
        }
        for (ApplicationDTO app : dto.applicationDTOs == null ? new ApplicationDTO[0] : dto.applicationDTOs) {
            application(app, ids);
        }
        add(dto.failedApplicationDTOs, ids);
        add(dto.failedResourceDTOs, ids);
        add(dto.failedExtensionDTOs, ids);
        // Only the platform's services are compared: the runtime's own and other bundles' are not ours to judge.
        ids.removeIf(id -> !isPlatformService(id));
        return ids;
    }

    private boolean isPlatformService(long id) {
        try {
            ServiceReference<?>[] refs = context.getServiceReferences((String) null, "(service.id=" + id + ")");
            if (refs == null) {
                // Unregistered: stale if the runtime still serves it, whoever registered it is gone.
                return true;
            }
            Bundle owner = refs[0].getBundle();
            return owner != null && owner.getBundleId() == context.getBundle().getBundleId();
        } catch (InvalidSyntaxException e) {
            return false;
        }
    }

    private static void application(ApplicationDTO app, Set<Long> ids) {
        if (app.serviceId > 0) {
            ids.add(app.serviceId);
        }
        add(app.resourceDTOs, ids);
        add(app.extensionDTOs, ids);
    }

    private static void add(BaseDTO[] dtos, Set<Long> ids) {
        if (dtos != null) {
            for (BaseDTO d : dtos) {
                ids.add(d.serviceId);
            }
        }
    }

    /** On a thread of its own: stopping the whiteboard deactivates this component and its timer. */
    private void restartWhiteboard(WhiteboardCheck.Difference difference) {
        Bundle bundle = whiteboard;
        if (bundle == null) {
            return;
        }
        LOG.warning("The JAX-RS whiteboard does not serve what the platform registered (missing services " + difference.missing()
                + ", withdrawn but still served " + difference.stale() + "): restarting " + bundle.getSymbolicName()
                + " so that it takes them up again (ARIES-2065). Restart " + CHECK.restarts() + " of at most "
                + WhiteboardCheck.MAX_RESTARTS + ".");
        Thread restart = new Thread(() -> {
            try {
                bundle.stop(Bundle.STOP_TRANSIENT);
                bundle.start(Bundle.START_TRANSIENT);
            } catch (BundleException | IllegalStateException e) {
                LOG.log(Level.SEVERE, "could not restart the JAX-RS whiteboard", e);
            }
        }, "justice-whiteboard-restart");
        restart.setDaemon(true);
        restart.start();
    }
}
