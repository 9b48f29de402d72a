/**
 * Files kept by the platform for modules (document templates, attachments, evidence): stored with
 * their SHA-256, size, type detected from their bytes and UTF-8 name, limited per kind, and served
 * with the detected type only.
 */
@Version("1.0.0")
@Export
package org.smartjustice.platform.api.files;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
