package org.smartjustice.rosters.internal.members;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.smartjustice.platform.api.problem.FieldError;
import org.smartjustice.rosters.api.Duty;
import org.smartjustice.rosters.api.RosterRole;

class MemberSheetTest {

    @Test
    void listsRolesAndYesNoAreReadAsPeopleWriteThem() {
        Map<String, String> row = new HashMap<>();
        row.put(MemberSheet.NAME, "李某");
        row.put(MemberSheet.ROLES, "调解员、legal_aware_resident");
        row.put(MemberSheet.DUTIES, "矛盾纠纷化解，全民普法");
        row.put(MemberSheet.GRIDS, "410102001002001 / 410102001002002");
        row.put(MemberSheet.STATUS, "离岗");
        row.put(MemberSheet.STATUS_SINCE, "2026/11/01");
        row.put(MemberSheet.LISTED, "是");
        List<FieldError> errors = new ArrayList<>();
        MemberInput in = MemberSheet.toInput(row, errors);
        assertEquals(List.of(), errors);
        assertEquals(List.of(RosterRole.MEDIATOR, RosterRole.LEGAL_AWARE_RESIDENT), in.roles());
        assertEquals(List.of(Duty.DISPUTE_RESOLUTION, Duty.LEGAL_EDUCATION), in.duties());
        assertEquals(List.of("410102001002001", "410102001002002"), in.grids());
        assertEquals(MemberStatus.OFF_DUTY, in.status());
        assertEquals("2026-11-01", in.statusSince().toString());
        assertEquals(true, in.listed());
    }

    @Test
    void unreadableCellsNameTheirField() {
        Map<String, String> row = Map.of(MemberSheet.NAME, "李某", MemberSheet.ROLES, "律师", MemberSheet.STATUS, "休假",
                MemberSheet.STATUS_SINCE, "十一月", MemberSheet.LISTED, "也许");
        List<FieldError> errors = new ArrayList<>();
        MemberInput in = MemberSheet.toInput(row, errors);
        assertEquals(List.of("roles", "status", "statusSince", "listed"), errors.stream().map(FieldError::field).toList());
        assertNull(in.status());
    }

    @Test
    void anExportedRowMasksTheMobileAndReadsBackTheSame() {
        MemberEntity m = new MemberEntity();
        m.name = "王某";
        m.roles = "MEDIATOR";
        m.duties = "DISPUTE_RESOLUTION";
        m.gridCodes = "410102001002001,410102001002002";
        m.mobile = "13800138000";
        m.status = MemberStatus.ON_DUTY;
        m.listed = false;
        List<String> row = MemberSheet.row(m, false);
        assertEquals("138****8000", row.get(MemberSheet.TEMPLATE.headers().indexOf(MemberSheet.MOBILE)));
        assertEquals("13800138000", MemberSheet.row(m, true).get(6));
        Map<String, String> back = new HashMap<>();
        for (int i = 0; i < row.size(); i++) {
            back.put(MemberSheet.TEMPLATE.headers().get(i), row.get(i));
        }
        List<FieldError> errors = new ArrayList<>();
        MemberInput in = MemberSheet.toInput(back, errors);
        assertEquals(List.of("410102001002001", "410102001002002"), in.grids());
        assertEquals(List.of(RosterRole.MEDIATOR), in.roles());
        assertEquals(false, in.listed());
    }
}
