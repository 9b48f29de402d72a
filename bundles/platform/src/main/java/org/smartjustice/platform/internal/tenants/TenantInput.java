package org.smartjustice.platform.internal.tenants;

import java.util.regex.Pattern;

import org.smartjustice.platform.api.TenantStage;
import org.smartjustice.platform.api.problem.Validation;
import org.smartjustice.platform.api.rest.ExpectedVersion;

/** Body of tenant create and update requests. */
public record TenantInput(String code, String name, TenantStage stage, Long version) {

    /** Six-digit division code, or an operator-chosen code for a unit without one (郑东新区). */
    static final Pattern CODE = Pattern.compile("[0-9]{6}|[a-z][a-z0-9-]{1,31}");
    static final int NAME_MAX = 50;

    void validateForCreate() {
        new Validation()
                .required("code", code)
                .matches("code", code, CODE, "应为六位区划代码，或以小写字母开头的 2–32 位字母、数字、连字符")
                .required("name", name)
                .maxLength("name", name, NAME_MAX)
                .throwIfInvalid();
    }

    void validateForUpdate(ExpectedVersion ifMatch) {
        String versionRefusal = ExpectedVersion.refusal(ifMatch, version);
        new Validation()
                .required("name", name)
                .maxLength("name", name, NAME_MAX)
                .required("stage", stage)
                .check(versionRefusal == null, "version", versionRefusal)
                .throwIfInvalid();
    }
}
