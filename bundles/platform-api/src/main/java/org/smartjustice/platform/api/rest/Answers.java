package org.smartjustice.platform.api.rest;

import java.util.function.Supplier;

import javax.ws.rs.core.Response;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Answers as written, kept for the tenant of the current request. Users of a district ask the
 * same few questions over and over; while the data does not change the answer is the same bytes,
 * so it is read, built and written once. The platform keys every answer by the tenant, the
 * calling module's code (its bundle's version and install time) and the {@link Question}, so that
 * two tenants or two kinds of caller never share one and a change of data or code is never
 * answered from memory; it gives each answer an ETag of that key and answers 304 to a client that
 * has it, builds anew on {@code Cache-Control: no-cache} (a forced reload), and keeps all modules'
 * answers under one memory budget ({@code etc/org.smartjustice.answers.cfg}). Each module bundle
 * gets its own instance (a bundle-scoped service).
 */
@ProviderType
public interface Answers {

    /**
     * The answer: 304 when the client's copy is current, else the body kept under the question or,
     * when there is none, the one {@code build} returns, written as the application writes JSON. A
     * problem thrown by {@code build} is not kept.
     */
    Response answer(Question question, Supplier<?> build);
}
