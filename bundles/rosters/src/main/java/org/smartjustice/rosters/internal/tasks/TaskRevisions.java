package org.smartjustice.rosters.internal.tasks;

import java.time.Duration;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.osgi.service.component.annotations.Component;

/**
 * The revisions of members' task lists, kept for a second (DESIGN §3: a memory cache checks a
 * revision at most a second old): a phone polls my/tasks, and reading the revision was most of
 * an answer's cost. Every step taken on this node forgets them at once; a step on another node
 * shows within the second.
 */
@Component(service = TaskRevisions.class)
public class TaskRevisions {

    static final Duration KEPT = Duration.ofSeconds(1);

    private final Cache<String, String> revisions = Caffeine.newBuilder().expireAfterWrite(KEPT).maximumSize(50_000).build();

    String get(String key, Supplier<String> read) {
        return revisions.get(key, k -> read.get());
    }

    /** A task changed: whose lists it is on is not worth finding out, all are read anew. */
    void changed() {
        revisions.invalidateAll();
    }
}
