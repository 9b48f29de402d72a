package org.smartjustice.itest;

import java.net.URI;
import java.nio.file.Path;

import org.apache.karaf.features.Feature;
import org.apache.karaf.features.FeaturesService;

/** Installs and removes the sample module's feature in the running container. */
final class SampleModule {

    static final String FEATURE = "justice-sample";
    static final String PLATFORM = "justice-platform";
    private static final long READY_MILLIS = 120_000;

    private SampleModule() {
    }

    static URI repository() {
        return Path.of(System.getProperty("itest.sample.features")).toUri();
    }

    /**
     * Installs the sample feature once the features service knows and has installed
     * {@code justice-platform}, which the sample depends on. On a loaded machine the test can start
     * before that: Karaf re-creates its FeaturesService when its configuration arrives, and the new
     * one reads its repositories again ("missing requirement osgi.identity=justice-platform").
     */
    static void install() throws Exception {
        FeaturesService features = ready();
        if (features.getRepository(repository()) == null) {
            features.addRepository(repository());
        }
        if (!features.isInstalled(features.getFeature(FEATURE))) {
            features.installFeature(FEATURE);
        }
    }

    static void uninstall() throws Exception {
        ready().uninstallFeature(FEATURE);
    }

    /** The features service as registered now, once it has the platform's feature installed. */
    static FeaturesService ready() throws Exception {
        long deadline = System.currentTimeMillis() + READY_MILLIS;
        String last = "";
        while (System.currentTimeMillis() < deadline) {
            FeaturesService features = ItestSupport.features();
            try {
                Feature platform = features.getFeature(PLATFORM);
                if (platform != null && features.isInstalled(platform)) {
                    return features;
                }
                last = platform == null ? "unknown" : "not installed";
            } catch (IllegalStateException | java.util.concurrent.RejectedExecutionException replaced) {
                last = replaced.toString();
            }
            Thread.sleep(250);
        }
        throw new AssertionError("the features service never had " + PLATFORM + " installed: " + last);
    }
}
