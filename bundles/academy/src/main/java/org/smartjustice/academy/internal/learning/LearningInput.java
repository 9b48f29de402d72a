package org.smartjustice.academy.internal.learning;

/**
 * What a learner's app reports about an item: seconds spent since its last report (at most an
 * hour per report, and credited only as far as the server's clock saw the time pass:
 * {@link LearningRules}), that the item was completed, and a quiz score (0–100). Opening the item
 * is a report with nothing else.
 */
public record LearningInput(Integer seconds, Boolean completed, Integer quizScore) {
}
