package org.smartjustice.platform.internal.security;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.Designate;

/**
 * Describes {@code org.smartjustice.security} to ConfigAdmin tools (metatype). {@link TokenService}
 * reads two PIDs, and a designate needs a component of exactly one.
 */
@Component(service = {}, configurationPid = SecurityConfig.PID)
@Designate(ocd = SecurityConfig.class)
public class SecurityConfigDescription {
}
