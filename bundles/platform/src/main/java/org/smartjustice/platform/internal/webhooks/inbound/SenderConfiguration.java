package org.smartjustice.platform.internal.webhooks.inbound;

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
 * One configuration of {@value SenderConfig#FACTORY_PID}, applied to {@link InboundSenders} when it
 * comes, changes or goes. An unusable one is left out with a warning: its sender's messages are
 * refused as from an unknown sender, never accepted unverified.
 */
@Component(service = {}, configurationPid = SenderConfig.FACTORY_PID, configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = SenderConfig.class, factory = true)
public class SenderConfiguration {

    private static final Logger LOG = Logger.getLogger(SenderConfiguration.class.getName());

    @Reference
    private InboundSenders senders;

    private String pid;

    @Activate
    @Modified
    void configure(Map<String, Object> properties) {
        pid = String.valueOf(properties.get("service.pid"));
        Sender sender;
        try {
            sender = Sender.parse(pid, properties);
        } catch (Sender.Refused e) {
            senders.remove(pid);
            LOG.warning(() -> "webhook sender configuration " + pid + " refused, field " + e.field() + ": " + e.reason()
                    + "; its messages are refused until it is fixed");
            return;
        }
        if (!senders.put(pid, sender)) {
            LOG.warning(() -> "webhook sender configuration " + pid + " refused, field name: " + sender.name()
                    + " is the name of another sender");
            return;
        }
        LOG.info(() -> "webhook sender " + sender);
    }

    @Deactivate
    void deactivate() {
        senders.remove(pid);
    }
}
