package org.smartjustice.supervision.internal.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.smartjustice.supervision.internal.departments.DepartmentInput;
import org.smartjustice.supervision.internal.departments.DepartmentKind;

/**
 * The city's departments for the demo, from {@value #RESOURCE}: 19 Zhengzhou municipal departments,
 * enforcement teams and the township level as enforcement bodies, each with its public source and
 * whether its name was verified there. No credit code was published, so none is given (none is
 * invented); the host organisation codes are synthetic ({@value #ORG_PREFIX}nn), for the liaison demo.
 */
public final class DemoDepartments {

    static final String RESOURCE = "/demo/zhengzhou-departments.csv";
    static final String ORG_PREFIX = "DEMO-ZZ-";

    private DemoDepartments() {
    }

    public static List<DepartmentInput> read() {
        try (InputStream in = DemoDepartments.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not in the bundle");
            }
            return parse(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<DepartmentInput> parse(Reader csv) throws IOException {
        List<DepartmentInput> departments = new ArrayList<>();
        int n = 0;
        for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(csv)) {
            n++;
            departments.add(new DepartmentInput(r.get("name"), r.get("short_name"), kindOf(r.get("kind")), null,
                    String.format(Locale.ROOT, "%s%02d", ORG_PREFIX, n), r.get("enforcement_domain"), null,
                    r.get("source"), r.get("verified").strip().toLowerCase(Locale.ROOT).startsWith("yes"), null, null));
        }
        return departments;
    }

    /** The list's kinds (free text) in the module's vocabulary. */
    static DepartmentKind kindOf(String text) {
        if (text.contains("乡镇") || text.contains("基层")) {
            return DepartmentKind.TOWNSHIP;
        }
        if (text.contains("执法队伍")) {
            return DepartmentKind.ENFORCEMENT_TEAM;
        }
        if (text.contains("执法机构") || text.contains("监督")) {
            return DepartmentKind.ENFORCEMENT_AGENCY;
        }
        if (text.contains("政府部门")) {
            return DepartmentKind.GOVERNMENT_DEPARTMENT;
        }
        return DepartmentKind.LEGAL_EDUCATION_UNIT;
    }
}
