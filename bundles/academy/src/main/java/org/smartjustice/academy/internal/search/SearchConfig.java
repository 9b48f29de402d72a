package org.smartjustice.academy.internal.search;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** {@code etc/org.smartjustice.academy.search.cfg}: where this node keeps its search index, and what editors are shown of what people search. */
@ObjectClassDefinition(name = "智慧司法 网格学堂 搜索", description = "The node's search index of published academy content.")
public @interface SearchConfig {

    String PID = "org.smartjustice.academy.search";

    @AttributeDefinition(description = "Directory of the index; empty for <karaf.data>/academy/search-index. Each node has its own.")
    String indexDirectory() default "";

    @AttributeDefinition(description = "How many different callers (signed-in users by their token's subject, anonymous ones by"
            + " their client address) must ask a query on one day before editors see it in the hot and no-result lists.", min = "1")
    int listedAfterCallers() default 3;
}
