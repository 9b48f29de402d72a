package org.smartjustice.rosters.internal.grids;

import java.util.List;
import java.util.Map;
import java.util.function.IntSupplier;

import org.smartjustice.platform.api.problem.FieldError;
import org.smartjustice.platform.api.sheets.SheetColumn;
import org.smartjustice.platform.api.sheets.SheetColumn.Format;
import org.smartjustice.platform.api.sheets.SheetImport;
import org.smartjustice.platform.api.sheets.SheetTemplate;

/** The columns of the host's grid spreadsheet, as the import reads them and the template shows them. */
public final class GridSheet {

    static final String CODE = "网格编码";
    static final String NAME = "网格名称";
    static final String COMMUNITY = "社区（村）代码";
    static final String LON = "中心经度";
    static final String LAT = "中心纬度";

    static final SheetTemplate TEMPLATE = new SheetTemplate("网格", List.of(
            new SheetColumn(CODE, "410102001002001", Format.TEXT),
            new SheetColumn(NAME, "碧沙岗社区第一网格", Format.GENERAL),
            new SheetColumn(COMMUNITY, "410102001002", Format.TEXT),
            new SheetColumn(LON, "113.6402", Format.NUMBER),
            new SheetColumn(LAT, "34.7566", Format.NUMBER)));

    private GridSheet() {
    }

    /** The import of grid cells: a cell is the same as another of the file when its code is. */
    public static SheetImport<GridRules.Checked, GridCellEntity> definition(GridService grids, IntSupplier maxRows) {
        return SheetImport.<GridRules.Checked, GridCellEntity>of("rosters.grids-import", TEMPLATE).target("grids/imports")
                .templateFile("grids-template").nameColumn(NAME)
                .sameWhen(GridRules.Checked::code, c -> "code", "重复")
                .storedBy(grids::upsert, g -> g.code, GridRules.Checked::name).maxRows(maxRows);
    }

    static GridInput toInput(Map<String, String> row, String crs, List<FieldError> errors) {
        return new GridInput(row.get(CODE), row.get(NAME), row.get(COMMUNITY), number(row, LON, "lon", errors),
                number(row, LAT, "lat", errors), crs, null);
    }

    private static Double number(Map<String, String> row, String header, String field, List<FieldError> errors) {
        String text = row.get(header);
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Double.valueOf(text.strip());
        } catch (NumberFormatException e) {
            errors.add(new FieldError(field, "「" + header + "」应为数字"));
            return null;
        }
    }

}
