package org.smartjustice.platform.internal.webhooks.inbound;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.osgi.service.component.annotations.Component;

/** The senders configured now on this node, by configuration PID. */
@Component(service = InboundSenders.class)
public class InboundSenders {

    private final Map<String, Sender> byPid = new ConcurrentHashMap<>();

    /** @return false when another configuration already uses the name */
    synchronized boolean put(String pid, Sender sender) {
        boolean taken = byPid.entrySet().stream()
                .anyMatch(e -> !e.getKey().equals(pid) && e.getValue().name().equals(sender.name()));
        if (taken) {
            byPid.remove(pid);
            return false;
        }
        byPid.put(pid, sender);
        return true;
    }

    void remove(String pid) {
        byPid.remove(pid);
    }

    Optional<Sender> named(String name) {
        return byPid.values().stream().filter(s -> s.name().equals(name)).findFirst();
    }
}
