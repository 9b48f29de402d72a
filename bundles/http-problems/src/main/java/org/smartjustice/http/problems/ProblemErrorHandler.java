package org.smartjustice.http.problems;

import java.io.IOException;
import java.nio.ByteBuffer;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.BufferUtil;

/**
 * The server's error handler ({@code etc/jetty.xml}): requests Jetty refuses before any servlet
 * runs — malformed, a URI or headers too long (400, 414, 431) — and errors outside a context.
 */
public class ProblemErrorHandler extends ErrorHandler {

    public ProblemErrorHandler() {
        ProblemPages.hideInternals(this);
    }

    @Override
    public boolean errorPageForMethod(String method) {
        // Jetty's default writes a body for GET, POST and HEAD only; a PUT would get an empty 500.
        return true;
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields fields) {
        fields.put(HttpHeader.CONTENT_TYPE, ProblemPages.MEDIA_TYPE);
        fields.put(HttpHeader.CACHE_CONTROL, "no-store");
        fields.put("X-Content-Type-Options", "nosniff");
        return BufferUtil.toBuffer(ProblemPages.json(status));
    }

    @Override
    protected void generateAcceptableResponse(Request baseRequest, HttpServletRequest request,
                                              HttpServletResponse response, int code, String message) throws IOException {
        ProblemPages.write(response, code);
    }
}
