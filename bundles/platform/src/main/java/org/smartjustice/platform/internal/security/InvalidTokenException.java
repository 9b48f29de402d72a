package org.smartjustice.platform.internal.security;

/** The token is missing, malformed, expired, wrongly signed or otherwise unacceptable: 401. */
public class InvalidTokenException extends Exception {

    private static final long serialVersionUID = 1L;

    public InvalidTokenException(String message) {
        super(message, null, false, false);
    }
}
