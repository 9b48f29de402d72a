package org.smartjustice.platform.internal.webhooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

import org.junit.jupiter.api.Test;

class WebhookEndpointsTest {

    @Test
    void subscribersByTypeAndTenantAndOneNamePerEndpoint() {
        WebhookEndpoints endpoints = new WebhookEndpoints();
        Endpoint a = Endpoint.parse("p~a", EndpointTest.config("events", "rosters.*", "tenants", "410102"));
        Endpoint b = Endpoint.parse("p~b", EndpointTest.config());
        assertTrue(endpoints.put("p~a", a));
        assertTrue(endpoints.put("p~b", b));
        assertEquals(2, endpoints.subscribed("rosters.task.accepted", "410102").size());
        assertEquals(1, endpoints.subscribed("rosters.task.accepted", "410122").size());
        assertEquals(Set.of("a", "b"), endpoints.names());

        Endpoint sameName = Endpoint.parse("p~other", EndpointTest.config("name", "a"));
        assertFalse(endpoints.put("p~other", sameName), "two configurations cannot share a name");
        assertTrue(endpoints.put("p~a", Endpoint.parse("p~a", EndpointTest.config("tenants", "410122"))), "a change");
        assertEquals(2, endpoints.subscribed("rosters.task.accepted", "410122").size());
        endpoints.remove("p~a");
        assertEquals(Set.of("b"), endpoints.names());
        assertTrue(endpoints.named("a").isEmpty());
    }
}
