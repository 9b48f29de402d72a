/** Validation and masking of Chinese identifiers: 统一社会信用代码, 身份证号 and phone numbers. */
@Version("1.1.0")
@Export
package org.smartjustice.platform.api.identifiers;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
