package org.smartjustice.academy.internal.learning;

import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Table;

import org.smartjustice.platform.api.persistence.TenantOwnedEntity;

/** What one learner did with one item: opened, time spent, completed, a quiz score. */
@Entity
@Table(name = "academy_learning")
public class LearningEntity extends TenantOwnedEntity {

    /** The host user id ({@code sub}) of the learner. */
    @Column(nullable = false)
    String learner;

    @Column(name = "learner_name")
    String learnerName;

    @Column(name = "item_id", nullable = false)
    String itemId;

    /** Whether the item is the city's (published for every district). */
    @Column(name = "city_item", nullable = false)
    boolean cityItem;

    @Column(name = "item_title", nullable = false)
    String itemTitle;

    @Column(name = "opened_at", nullable = false)
    LocalDateTime openedAt;

    @Column(name = "last_at", nullable = false)
    LocalDateTime lastAt;

    @Column(nullable = false)
    long seconds;

    @Column(name = "completed_at")
    LocalDateTime completedAt;

    @Column(name = "quiz_score")
    Integer quizScore;
}
