package org.smartjustice.http.problems;

import java.io.IOException;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.servlet.ErrorPageErrorHandler;

/**
 * Every web context's error handler ({@code etc/jetty-web.xml}): an error that escapes a servlet
 * (CXF refusing a request before JAX-RS sees it) or a bare {@code sendError}. Pax Web expects an
 * {@link ErrorPageErrorHandler} there.
 */
public class ProblemContextErrorHandler extends ErrorPageErrorHandler {

    public ProblemContextErrorHandler() {
        ProblemPages.hideInternals(this);
    }

    @Override
    public boolean errorPageForMethod(String method) {
        return true;
    }

    @Override
    protected void generateAcceptableResponse(Request baseRequest, HttpServletRequest request,
                                              HttpServletResponse response, int code, String message) throws IOException {
        ProblemPages.write(response, code);
    }
}
