package org.smartjustice.platform.internal.context;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.smartjustice.platform.api.Principal;
import org.smartjustice.platform.api.Role;

class TaskRunnerTest {

    @Test
    void stoppingFailsTheFuturesOfQueuedTasksAndInterruptsRunningOnes() throws Exception {
        RequestContext context = new RequestContext();
        TaskRunner runner = new TaskRunner();
        Field field = TaskRunner.class.getDeclaredField("context");
        field.setAccessible(true);
        field.set(runner, context);
        runner.activate();

        CountDownLatch started = new CountDownLatch(TaskRunner.THREADS);
        List<CompletableFuture<String>> running = new ArrayList<>();
        List<CompletableFuture<String>> queued = new ArrayList<>();
        context.open(new Principal("editor", null, Set.of(Role.EDITOR), Set.of("410102")), "410102");
        try {
            for (int i = 0; i < TaskRunner.THREADS; i++) {
                running.add(runner.submit(() -> {
                    started.countDown();
                    Thread.sleep(60_000);
                    return "finished";
                }));
            }
            for (int i = 0; i < 3; i++) {
                queued.add(runner.submit(() -> "never"));
            }
        } finally {
            context.close();
        }
        assertTrue(started.await(5, TimeUnit.SECONDS));

        runner.deactivate();

        for (CompletableFuture<String> f : queued) {
            assertTrue(f.isDone(), "a queued task's future is completed, not left waiting");
            org.junit.jupiter.api.Assertions.assertThrows(java.util.concurrent.CancellationException.class, f::get);
        }
        for (CompletableFuture<String> f : running) {
            ExecutionException e = org.junit.jupiter.api.Assertions.assertThrows(ExecutionException.class,
                    () -> f.get(1, TimeUnit.SECONDS));
            assertInstanceOf(InterruptedException.class, e.getCause());
        }
    }
}
