package org.smartjustice.platform.internal.webhooks;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.osgi.service.component.annotations.Component;

/** The host endpoints configured now on this node, by configuration PID. */
@Component(service = WebhookEndpoints.class)
public class WebhookEndpoints {

    private final Map<String, Endpoint> byPid = new ConcurrentHashMap<>();

    /** @return false when another configuration already uses the name */
    synchronized boolean put(String pid, Endpoint endpoint) {
        boolean taken = byPid.entrySet().stream()
                .anyMatch(e -> !e.getKey().equals(pid) && e.getValue().name().equals(endpoint.name()));
        if (taken) {
            byPid.remove(pid);
            return false;
        }
        byPid.put(pid, endpoint);
        return true;
    }

    void remove(String pid) {
        byPid.remove(pid);
    }

    List<Endpoint> subscribed(String type, String tenant) {
        return byPid.values().stream().filter(e -> e.subscribes(type, tenant)).toList();
    }

    Optional<Endpoint> named(String name) {
        return byPid.values().stream().filter(e -> e.name().equals(name)).findFirst();
    }

    Set<String> names() {
        return byPid.values().stream().map(Endpoint::name).collect(Collectors.toSet());
    }
}
