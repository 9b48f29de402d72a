package org.smartjustice.venues.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.smartjustice.platform.api.TenantTasks;

class VenueDemoDataTest {

    /** Knows the tenant only after being asked {@code unknownFor} times, as on a first start. */
    private static final class LateTenants implements TenantTasks {
        final AtomicInteger asked = new AtomicInteger();
        final int unknownFor;

        LateTenants(int unknownFor) {
            this.unknownFor = unknownFor;
        }

        @Override
        public <T> CompletableFuture<T> submit(Callable<T> task) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <T> T runAs(String tenant, String actor, Callable<T> work) throws Exception {
            if (asked.incrementAndGet() <= unknownFor) {
                throw new IllegalStateException("no tenant " + tenant);
            }
            return work.call();
        }
    }

    @Test
    void theDemoVenuesWaitForTheirDistrictToBecomeATenant() throws Exception {
        LateTenants tasks = new LateTenants(2);

        assertEquals("loaded", VenueDemoData.whenTenantExists(tasks, "410102", 10_000, () -> "loaded"));
        assertEquals(3, tasks.asked.get());
    }

    @Test
    void aDistrictThatNeverComesIsGivenUp() {
        LateTenants tasks = new LateTenants(Integer.MAX_VALUE);

        assertThrows(IllegalStateException.class, () -> VenueDemoData.whenTenantExists(tasks, "410199", 0, () -> "never"));
        assertEquals(1, tasks.asked.get());
    }

    @Test
    void aFailureOfTheWorkItselfIsNotRetried() {
        LateTenants tasks = new LateTenants(0);
        AtomicInteger runs = new AtomicInteger();

        assertThrows(IllegalStateException.class, () -> VenueDemoData.whenTenantExists(tasks, "410102", 10_000, () -> {
            runs.incrementAndGet();
            throw new IllegalStateException("entity manager already bound to another tenant");
        }));
        assertEquals(1, runs.get());
    }

    @Test
    void theLoaderWaitingForATenantEndsWhenTheModuleStops() throws Exception {
        LateTenants tasks = new LateTenants(Integer.MAX_VALUE);
        CompletableFuture<Throwable> ended = new CompletableFuture<>();
        Thread loader = new Thread(() -> {
            try {
                VenueDemoData.whenTenantExists(tasks, "410199", 120_000, () -> "never");
                ended.complete(null);
            } catch (Throwable e) {
                ended.complete(e);
            }
        });
        loader.start();
        Thread.sleep(100);

        VenueDemoData.stop(loader, 5_000);

        assertEquals(false, loader.isAlive());
        assertEquals(InterruptedException.class, ended.get().getClass());
    }
}
