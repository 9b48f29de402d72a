package org.smartjustice.platform.internal.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.EmConsumer;
import org.apache.aries.jpa.template.EmFunction;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.junit.jupiter.api.Test;
import org.smartjustice.platform.api.Principal;
import org.smartjustice.platform.api.Role;
import org.smartjustice.platform.api.TenantContext;

class TenantJpaTest {

    /** An EntityManager that only knows its properties. */
    static final class RecordingEm {
        final Map<String, Object> properties = new HashMap<>();
        final List<String> setCalls = new ArrayList<>();
        final EntityManager em = (EntityManager) Proxy.newProxyInstance(EntityManager.class.getClassLoader(),
                new Class<?>[] { EntityManager.class }, (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "getProperties":
                            return properties;
                        case "setProperty":
                            setCalls.add(args[0] + "=" + args[1]);
                            properties.put((String) args[0], args[1]);
                            return null;
                        case "toString":
                            return "RecordingEm";
                        default:
                            throw new UnsupportedOperationException(method.getName());
                    }
                });
    }

    static final class FakeTemplate implements JpaTemplate {
        final EntityManager em;
        final List<TransactionType> calls = new ArrayList<>();

        FakeTemplate(EntityManager em) {
            this.em = em;
        }

        @Override
        public <R> R txExpr(TransactionType type, EmFunction<R> code) {
            calls.add(type);
            return code.apply(em);
        }

        @Override
        public void tx(TransactionType type, EmConsumer code) {
            calls.add(type);
            code.accept(em);
        }

        @Override
        public <R> R txExpr(EmFunction<R> code) {
            return txExpr(TransactionType.Required, code);
        }

        @Override
        public void tx(EmConsumer code) {
            tx(TransactionType.Required, code);
        }
    }

    static final class FakeContext implements TenantContext {
        final String tenant;

        FakeContext(String tenant) {
            this.tenant = tenant;
        }

        @Override
        public Optional<String> tenant() {
            return Optional.ofNullable(tenant);
        }

        @Override
        public String requireTenant() {
            return tenant().orElseThrow(() -> new IllegalStateException("no tenant"));
        }

        @Override
        public Principal principal() {
            return Principal.ANONYMOUS;
        }

        @Override
        public void requireAnyRole(Role... roles) {
            throw new UnsupportedOperationException();
        }
    }

    @Test
    void refusesToRunWithoutATenantAndNeverReachesTheTemplate() {
        RecordingEm rec = new RecordingEm();
        FakeTemplate template = new FakeTemplate(rec.em);
        TenantJpa jpa = new TenantJpa(template, new FakeContext(null));
        boolean[] ran = { false };

        assertThrows(IllegalStateException.class, () -> jpa.read(em -> ran[0] = true));
        assertThrows(IllegalStateException.class, () -> jpa.write(em -> ran[0] = true));

        assertEquals(List.of(), template.calls);
        assertFalse(ran[0]);
        assertEquals(List.of(), rec.setCalls);
    }

    @Test
    void readSetsTheTenantOnTheEntityManagerBeforeTheWork() {
        RecordingEm rec = new RecordingEm();
        FakeTemplate template = new FakeTemplate(rec.em);
        TenantJpa jpa = new TenantJpa(template, new FakeContext("410102"));

        Object seen = jpa.read(em -> {
            assertSame(rec.em, em);
            return em.getProperties().get(TenantJpa.TENANT_PROPERTY);
        });

        assertEquals("410102", seen);
        assertEquals(List.of("eclipselink.tenant-id=410102"), rec.setCalls);
        assertEquals(List.of(TransactionType.Supports), template.calls);
    }

    @Test
    void writeRunsInARequiredTransactionWithTheTenantSet() {
        RecordingEm rec = new RecordingEm();
        FakeTemplate template = new FakeTemplate(rec.em);
        TenantJpa jpa = new TenantJpa(template, new FakeContext("410103"));

        String result = jpa.write(em -> "done");

        assertEquals("done", result);
        assertEquals("410103", rec.properties.get("eclipselink.tenant-id"));
        assertEquals(List.of(TransactionType.Required), template.calls);
    }

    @Test
    void acceptsAnEntityManagerAlreadyBoundToTheSameTenant() {
        RecordingEm rec = new RecordingEm();
        rec.properties.put(TenantJpa.TENANT_PROPERTY, "410102");
        TenantJpa jpa = new TenantJpa(new FakeTemplate(rec.em), new FakeContext("410102"));

        assertEquals("ok", jpa.read(em -> "ok"));
        assertEquals("410102", rec.properties.get(TenantJpa.TENANT_PROPERTY));
    }

    @Test
    void refusesAnEntityManagerBoundToAnotherTenantWithoutRunningTheWork() {
        RecordingEm rec = new RecordingEm();
        rec.properties.put(TenantJpa.TENANT_PROPERTY, "410105");
        TenantJpa jpa = new TenantJpa(new FakeTemplate(rec.em), new FakeContext("410102"));
        boolean[] ran = { false };

        assertThrows(IllegalStateException.class, () -> jpa.write(em -> ran[0] = true));

        assertFalse(ran[0]);
        assertEquals("410105", rec.properties.get(TenantJpa.TENANT_PROPERTY), "the other tenant is not overwritten");
        assertEquals(List.of(), rec.setCalls);
    }

    @Test
    void tenantPropertyIsEclipseLinksName() {
        assertEquals("eclipselink.tenant-id", TenantJpa.TENANT_PROPERTY);
    }

    @Test
    void drainWaitsForTheWorkInProgressAndThenRefusesNewWorkWith503() throws Exception {
        RecordingEm rec = new RecordingEm();
        FakeTemplate template = new FakeTemplate(rec.em);
        TenantJpa jpa = new TenantJpa(template, new FakeContext("410102"));
        java.util.concurrent.CountDownLatch inside = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.atomic.AtomicBoolean finished = new java.util.concurrent.atomic.AtomicBoolean();
        Thread job = new Thread(() -> jpa.write(em -> {
            inside.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            finished.set(true);
            return null;
        }));
        job.start();
        inside.await();

        assertFalse(jpa.drain(java.time.Duration.ofMillis(50)), "work still running: the grace runs out");
        release.countDown();
        assertTrue(jpa.drain(java.time.Duration.ofSeconds(5)));
        assertTrue(finished.get(), "the transaction in progress ended normally");
        job.join();

        org.smartjustice.platform.api.problem.ProblemException refused = assertThrows(
                org.smartjustice.platform.api.problem.ProblemException.class, () -> jpa.read(em -> "late"));
        assertEquals(503, refused.status());
        assertEquals(1, template.calls.size(), "the refused call never reached the template");
    }

    @Test
    void readAsCityBindsTheCityAndIsRefusedInsideAnotherCall() {
        RecordingEm rec = new RecordingEm();
        TenantJpa jpa = new TenantJpa(new FakeTemplate(rec.em), new FakeContext("410102"));

        assertEquals("410100", jpa.readAsCity(em -> em.getProperties().get(TenantJpa.TENANT_PROPERTY)));
        rec.properties.clear();
        assertThrows(IllegalStateException.class, () -> jpa.read(em -> jpa.readAsCity(inner -> "mixed")));
        rec.properties.clear();
        assertEquals("410102", jpa.read(em -> em.getProperties().get(TenantJpa.TENANT_PROPERTY)), "the depth came back to 0");
    }
}
