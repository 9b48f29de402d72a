package org.smartjustice.map.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.osgi.framework.AllServiceListener;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceEvent;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.wiring.BundleRevision;
import org.osgi.framework.wiring.BundleWire;
import org.osgi.framework.wiring.BundleWiring;
import org.osgi.framework.wiring.FrameworkWiring;
import org.osgi.service.component.ComponentContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;

/**
 * Keeps the map wired to the venues API package that the running venues bundle provides.
 *
 * <p>The map imports {@code org.smartjustice.venues.api} optionally, so that it resolves and
 * answers 503 without venues. But a bundle's package wires only change when it is refreshed, and
 * the distribution does not refresh on feature operations (autoRefresh=false, so that installing
 * a module restarts nothing else). So after {@code feature:uninstall justice-venues} and
 * {@code feature:install justice-venues} the map would still be wired to the old, uninstalled
 * revision of the package, or, if it started without venues, to none — and could never bind the
 * new {@code VenueDirectory}. This component notices a {@code VenueDirectory} service that the map
 * cannot use (it listens to all services, compatible or not, by class name) and refreshes the map
 * bundle alone, together with the stale revision it holds on to, which rewires it to the new
 * package. Nothing of the venues API is loaded here, so this works while the package is missing.
 *
 * <p>It also enables {@link DirectoryVenueSource}, the one class that uses the venues API, only
 * when that package is wired, so that the map starts cleanly without it.
 *
 * <p>Each service is the cause of one refresh at most (remembered in the bundle's data area,
 * which survives the refresh), so a package the resolver cannot wire can never cause a loop.
 */
@Component(immediate = true, service = {})
public class VenuesWiring implements AllServiceListener {

    static final String PACKAGE = "org.smartjustice.venues.api";
    static final String DIRECTORY = PACKAGE + ".VenueDirectory";
    private static final String MEMORY = "venues-wiring-refreshed";
    private static final Logger LOG = Logger.getLogger(VenuesWiring.class.getName());

    private volatile BundleContext context;

    @Activate
    void activate(ComponentContext component) throws InvalidSyntaxException {
        BundleContext bundleContext = component.getBundleContext();
        context = bundleContext;
        if (packageWire(bundleContext.getBundle()) != null) {
            component.enableComponent(DirectoryVenueSource.NAME);
        } else {
            LOG.info("venues API not available: the map answers 503 venues-unavailable until justice-venues is installed");
        }
        bundleContext.addServiceListener(this, "(" + Constants.OBJECTCLASS + "=" + DIRECTORY + ")");
        ServiceReference<?>[] present = bundleContext.getAllServiceReferences(DIRECTORY, null);
        if (present != null) {
            for (ServiceReference<?> ref : present) {
                check(ref);
            }
        }
    }

    @Deactivate
    void deactivate(BundleContext bundleContext) {
        bundleContext.removeServiceListener(this);
        context = null;
    }

    @Override
    public void serviceChanged(ServiceEvent event) {
        if (event.getType() == ServiceEvent.REGISTERED) {
            check(event.getServiceReference());
        }
    }

    private void check(ServiceReference<?> ref) {
        BundleContext bc = context;
        if (bc == null || ref.getBundle() == null) {
            return;
        }
        Bundle self = bc.getBundle();
        BundleWire wire = packageWire(self);
        if (wire != null && ref.isAssignableTo(self, DIRECTORY)) {
            return;
        }
        String cause = bc.getProperty(Constants.FRAMEWORK_UUID) + "/" + ref.getProperty(Constants.SERVICE_ID);
        if (!remember(bc, cause)) {
            LOG.warning(() -> "map cannot use the VenueDirectory of " + ref.getBundle().getSymbolicName()
                    + " even after a refresh; refresh the map bundle by hand (bundle:refresh)");
            return;
        }
        List<Bundle> refresh = new ArrayList<>();
        refresh.add(self);
        if (wire != null) {
            Bundle stale = wire.getProvider().getBundle();
            if (stale != null && stale.getState() == Bundle.UNINSTALLED) {
                refresh.add(stale);
            }
        }
        LOG.info(() -> "venues API " + (wire == null ? "not wired" : "wired to an old revision")
                + "; refreshing the map bundle to use the VenueDirectory of " + ref.getBundle().getSymbolicName());
        FrameworkWiring framework = bc.getBundle(Constants.SYSTEM_BUNDLE_ID).adapt(FrameworkWiring.class);
        framework.refreshBundles(refresh);
    }

    /** The wire of the map's import of the venues API package, or null when it is not wired. */
    static BundleWire packageWire(Bundle bundle) {
        BundleWiring wiring = bundle.adapt(BundleWiring.class);
        if (wiring == null) {
            return null;
        }
        for (BundleWire w : wiring.getRequiredWires(BundleRevision.PACKAGE_NAMESPACE)) {
            Map<String, Object> attributes = w.getCapability().getAttributes();
            if (PACKAGE.equals(attributes.get(BundleRevision.PACKAGE_NAMESPACE))) {
                return w;
            }
        }
        return null;
    }

    /**
     * Records the cause of a refresh; false when it already caused one. Causes of earlier framework
     * runs (other UUIDs) are dropped, so the file stays small.
     */
    private static boolean remember(BundleContext bc, String cause) {
        java.io.File file = bc.getDataFile(MEMORY);
        if (file == null) {
            return true;
        }
        String run = cause.substring(0, cause.indexOf('/') + 1);
        try {
            List<String> kept = new ArrayList<>();
            if (file.exists()) {
                for (String line : Files.readAllLines(file.toPath(), StandardCharsets.UTF_8)) {
                    if (line.equals(cause)) {
                        return false;
                    }
                    if (line.startsWith(run)) {
                        kept.add(line);
                    }
                }
            }
            kept.add(cause);
            Files.write(file.toPath(), kept, StandardCharsets.UTF_8);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "cannot record the venues wiring refresh", e);
        }
        return true;
    }
}
