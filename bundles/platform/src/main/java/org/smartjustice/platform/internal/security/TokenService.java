package org.smartjustice.platform.internal.security;

import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.Designate;
import org.smartjustice.platform.api.Principal;

/** Verifies and mints tokens with the keys of {@code org.smartjustice.security}; follows config changes live. */
@Component(service = TokenService.class, configurationPid = SecurityConfig.PID)
@Designate(ocd = SecurityConfig.class)
public class TokenService {

    private volatile TokenVerifier verifier;
    private volatile TokenMinter minter;

    @Activate
    @Modified
    void configure(SecurityConfig config) {
        TokenKeys keys = TokenKeys.from(config);
        verifier = new TokenVerifier(keys);
        minter = new TokenMinter(keys);
    }

    public Principal verify(String token) throws InvalidTokenException {
        return verifier.verify(token);
    }

    public String mint(String subject, String name, List<String> roles, List<String> tenants, long ttlSeconds) {
        return minter.mint(subject, name, roles, tenants, ttlSeconds);
    }
}
