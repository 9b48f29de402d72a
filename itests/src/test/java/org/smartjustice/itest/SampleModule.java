package org.smartjustice.itest;

import java.net.URI;
import java.nio.file.Path;

import org.apache.karaf.features.FeaturesService;

/** Installs and removes the sample module's feature in the running container. */
final class SampleModule {

    static final String FEATURE = "justice-sample";

    private SampleModule() {
    }

    static URI repository() {
        return Path.of(System.getProperty("itest.sample.features")).toUri();
    }

    static void install(FeaturesService features) throws Exception {
        if (features.getRepository(repository()) == null) {
            features.addRepository(repository());
        }
        if (!features.isInstalled(features.getFeature(FEATURE))) {
            features.installFeature(FEATURE);
        }
    }

    static void uninstall(FeaturesService features) throws Exception {
        features.uninstallFeature(FEATURE);
    }
}
