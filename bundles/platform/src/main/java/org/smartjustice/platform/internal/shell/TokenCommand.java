package org.smartjustice.platform.internal.shell;

import java.util.List;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.smartjustice.platform.internal.security.TokenService;

@Command(scope = "justice", name = "token", description = "Mints an HS256 token with the configured secret, for local use and demos.")
@Service
public class TokenCommand implements Action {

    @Option(name = "--sub", description = "Subject (user id)")
    private String subject = "demo";

    @Option(name = "--name", description = "Display name")
    private String name;

    @Option(name = "--roles", description = "Comma-separated roles, e.g. DISTRICT_ADMIN,EDITOR")
    private String roles = "PLATFORM_OPERATOR";

    @Option(name = "--tenants", description = "Comma-separated tenant codes, or *")
    private String tenants = "*";

    @Option(name = "--org", description = "Host organisation unit: a department's code for a DEPARTMENT_LIAISON")
    private String org;

    @Option(name = "--ttl", description = "Lifetime in seconds (default from configuration)")
    private long ttl;

    @Reference
    private TokenService tokens;

    @Override
    public Object execute() {
        System.out.println(tokens.mint(subject, name, split(roles), split(tenants), org, ttl));
        return null;
    }

    private static List<String> split(String csv) {
        return List.of(csv.split("\\s*,\\s*"));
    }
}
