/**
 * What other modules may know of the academy (网格学堂): its vocabulary (content kinds, audiences,
 * topics) and the learning hours of the people who learn there. Shipped as its own bundle (feature {@code justice-academy-api}) so that a consumer such as
 * rosters stays wired while the academy module comes and goes; the academy implements it.
 */
@Version("1.1.0")
@Export
package org.smartjustice.academy.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
