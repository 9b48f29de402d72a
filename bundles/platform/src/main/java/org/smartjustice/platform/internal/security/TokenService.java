package org.smartjustice.platform.internal.security;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.smartjustice.platform.api.Principal;
import org.smartjustice.platform.internal.demo.DemoConfig;

/**
 * Verifies and mints tokens with the keys of {@code org.smartjustice.security}; follows config
 * changes live. Also reads {@code org.smartjustice.demo}: the published demo secret verifies
 * tokens only while the demo profile is on.
 *
 * <p>A configuration that cannot be used (a short secret, a broken key) does not make the service
 * go away — then the request filter would go with it and resources could be served without
 * authentication. The service stays, refuses every token and says why ({@link #configurationProblem()}).
 */
@Component(service = TokenService.class, configurationPid = { SecurityConfig.PID, DemoConfig.PID })
public class TokenService {

    private static final Logger LOG = Logger.getLogger(TokenService.class.getName());

    private record State(TokenVerifier verifier, TokenMinter minter, String problem, String warning) {
    }

    private volatile State state;

    @Activate
    @Modified
    void configure(SecurityConfig config, Map<String, Object> properties) {
        boolean demo = Boolean.parseBoolean(String.valueOf(properties.get("enabled")));
        TokenKeys keys;
        try {
            keys = TokenKeys.from(config);
        } catch (IllegalArgumentException e) {
            String problem = "认证配置无效（" + SecurityConfig.PID + "）：" + e.getMessage();
            LOG.severe(problem + "; every authenticated request is refused with 503 until it is fixed");
            state = new State(null, null, problem, null);
            return;
        }
        String warning = null;
        if (keys.usesDemoSecret() && !demo) {
            warning = "hmacSecret 仍是公开的演示密钥，而演示配置已关闭：HS256 令牌一律拒绝。请在 "
                    + SecurityConfig.PID + " 中更换或清空 hmacSecret";
            LOG.severe("The published demo secret is configured as hmacSecret while the demo profile ("
                    + DemoConfig.PID + " enabled) is off: HS256 tokens are refused. Replace or empty hmacSecret.");
            keys = keys.withoutHmac();
        }
        state = new State(new TokenVerifier(keys), new TokenMinter(keys), null, warning);
    }

    /**
     * @throws InvalidTokenException   the token is not acceptable
     * @throws IllegalStateException   the configuration is unusable ({@link #configurationProblem()})
     */
    public Principal verify(String token) throws InvalidTokenException {
        State current = state;
        if (current.verifier() == null) {
            throw new IllegalStateException(current.problem());
        }
        return current.verifier().verify(token);
    }

    public String mint(String subject, String name, List<String> roles, List<String> tenants, long ttlSeconds) {
        return mint(subject, name, roles, tenants, null, ttlSeconds);
    }

    /** @param org the host organisation unit ({@code org} claim), or null */
    public String mint(String subject, String name, List<String> roles, List<String> tenants, String org, long ttlSeconds) {
        State current = state;
        if (current.minter() == null) {
            throw new IllegalStateException(current.problem());
        }
        return current.minter().mint(subject, name, roles, tenants, org, ttlSeconds);
    }

    /** Why no token can be verified, if the configuration is unusable. */
    public Optional<String> configurationProblem() {
        return Optional.ofNullable(state.problem());
    }

    /** What an operator must fix although tokens are verified (the demo secret in production). */
    public Optional<String> warning() {
        return Optional.ofNullable(state.warning());
    }
}
