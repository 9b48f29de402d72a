package org.smartjustice.platform.internal.webhooks;

import java.util.Map;
import java.util.logging.Logger;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;

/**
 * One configuration of {@value EndpointConfig#FACTORY_PID}, applied to {@link WebhookEndpoints} when
 * it comes, changes or goes. An unusable one is left out with a warning, never an exception per event.
 */
@Component(service = {}, configurationPid = EndpointConfig.FACTORY_PID, configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = EndpointConfig.class, factory = true)
public class EndpointConfiguration {

    private static final Logger LOG = Logger.getLogger(EndpointConfiguration.class.getName());

    @Reference
    private WebhookEndpoints endpoints;

    private String pid;

    @Activate
    @Modified
    void configure(Map<String, Object> properties) {
        pid = String.valueOf(properties.get("service.pid"));
        Endpoint endpoint;
        try {
            endpoint = Endpoint.parse(pid, properties);
        } catch (Endpoint.Refused e) {
            endpoints.remove(pid);
            LOG.warning(() -> "webhook endpoint configuration " + pid + " refused, field " + e.field() + ": "
                    + e.getMessage().substring(e.field().length() + 2) + "; no events go to it until it is fixed");
            return;
        }
        if (!endpoints.put(pid, endpoint)) {
            LOG.warning(() -> "webhook endpoint configuration " + pid + " refused, field name: " + endpoint.name()
                    + " is the name of another endpoint");
            return;
        }
        LOG.info(() -> "webhook endpoint " + endpoint);
    }

    @Deactivate
    void deactivate() {
        endpoints.remove(pid);
    }
}
