package org.smartjustice.rosters.internal.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.smartjustice.platform.api.divisions.Bounds;
import org.smartjustice.platform.api.divisions.Division;
import org.smartjustice.platform.api.divisions.DivisionLevel;
import org.smartjustice.platform.api.divisions.Divisions;
import org.smartjustice.rosters.api.RosterRole;
import org.smartjustice.rosters.internal.grids.GridInput;
import org.smartjustice.rosters.internal.grids.GridTree;
import org.smartjustice.rosters.internal.members.MemberInput;
import org.smartjustice.rosters.internal.members.MemberStatus;

/**
 * A synthetic organisation for demos and benchmarks, derived from the district's real communities
 * (2–4 grid cells each, coded community + 3 digits) and staffed in the seed plan's proportions: a
 * 司法所负责人 and a 普法联络员 per street, a 法律顾问 per community, a mediator per grid cell, three
 * 法律明白人 per village, the district's leads. Some gaps are left on purpose so that the coverage
 * report has something to show. Every unit says 合成数据.
 */
final class DemoRosters {

    static final String MARK = "（合成数据）";
    private static final String SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段";
    private static final String GIVEN = "建国军华明丽敏静伟强磊洋艳勇杰娟涛超秀英霞平刚桂芳玉兰红梅志鹏飞宇浩然晨欣怡佳琪子涵思远文博雨萱";

    private final Divisions divisions;
    private final Random random;
    private int serial;

    DemoRosters(Divisions divisions, String tenant) {
        this.divisions = divisions;
        this.random = new Random(tenant.hashCode() * 31L);
    }

    List<GridInput> grids(String tenant) {
        Bounds b = divisions.areaOf(tenant).bounds();
        List<GridInput> grids = new ArrayList<>();
        for (Division c : divisions.within(divisions.areaOf(tenant).code(), DivisionLevel.COMMUNITY)) {
            int n = 2 + random.nextInt(3);
            for (int i = 1; i <= n; i++) {
                double lon = b.minLon() + (b.maxLon() - b.minLon()) * (0.1 + 0.8 * random.nextDouble());
                double lat = b.minLat() + (b.maxLat() - b.minLat()) * (0.1 + 0.8 * random.nextDouble());
                grids.add(new GridInput(c.code() + String.format("%03d", i), shortName(c) + "第" + i + "网格", c.code(),
                        Math.round(lon * 1e5) / 1e5, Math.round(lat * 1e5) / 1e5, "wgs84", null));
            }
        }
        return grids;
    }

    /** Members for the grid cells made by {@link #grids}, in the same order of communities. */
    List<MemberInput> members(String tenant, List<GridInput> grids) {
        List<MemberInput> members = new ArrayList<>();
        members.add(member(RosterRole.BUREAU_LEAD, List.of(), "区司法局"));
        members.add(member(RosterRole.BUREAU_LEAD, List.of(), "区司法局"));
        members.add(member(RosterRole.NOTARY_OFFICE_HEAD, List.of(), "区公证处"));
        members.add(member(RosterRole.LEGAL_AID_CENTER_HEAD, List.of(), "区法律援助中心"));
        for (Division street : divisions.within(divisions.areaOf(tenant).code(), DivisionLevel.STREET)) {
            List<String> streetGrids = grids.stream().filter(g -> g.communityCode().startsWith(street.code()))
                    .map(GridInput::code).toList();
            if (streetGrids.isEmpty()) {
                continue;
            }
            if (random.nextInt(10) > 0) {
                members.add(member(RosterRole.JUSTICE_OFFICE_HEAD, List.of(streetGrids.get(0)), street.name() + "司法所"));
            }
            members.add(member(RosterRole.LEGAL_EDUCATION_LIAISON, List.of(streetGrids.get(0)), street.name() + "办事处"));
            for (Division c : divisions.children(street.code())) {
                List<String> cells = streetGrids.stream().filter(g -> g.startsWith(c.code())).toList();
                if (cells.isEmpty()) {
                    continue;
                }
                // About one community in twenty still lacks its legal adviser.
                if (random.nextInt(20) > 0) {
                    members.add(member(RosterRole.COMMUNITY_LEGAL_ADVISER, cells, "河南某某律师事务所"));
                }
                for (String cell : cells) {
                    if (random.nextInt(25) > 0) {
                        members.add(member(RosterRole.MEDIATOR, List.of(cell), shortName(c) + "人民调解委员会"));
                    }
                }
                int aware = GridTree.isVillage(c) ? (random.nextInt(8) == 0 ? 2 : 3 + random.nextInt(2)) : 1;
                for (int i = 0; i < aware; i++) {
                    members.add(member(RosterRole.LEGAL_AWARE_RESIDENT, List.of(cells.get(i % cells.size())),
                            shortName(c) + (GridTree.isVillage(c) ? "村民委员会" : "居民委员会")));
                }
            }
        }
        return members;
    }

    /** The city's own people: the bureau's leads and the city-level heads, without grid cells. */
    List<MemberInput> cityMembers() {
        List<MemberInput> members = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            members.add(member(RosterRole.BUREAU_LEAD, List.of(), "郑州市司法局"));
        }
        members.add(member(RosterRole.NOTARY_OFFICE_HEAD, List.of(), "郑州市某公证处"));
        members.add(member(RosterRole.NOTARY_OFFICE_HEAD, List.of(), "郑州市某公证处"));
        members.add(member(RosterRole.LEGAL_AID_CENTER_HEAD, List.of(), "郑州市法律援助中心"));
        members.add(member(RosterRole.LEGAL_EDUCATION_LIAISON, List.of(), "郑州市司法局普法与依法治理处"));
        return members;
    }

    private MemberInput member(RosterRole role, List<String> grids, String unit) {
        serial++;
        String name = SURNAMES.charAt(random.nextInt(SURNAMES.length())) + ""
                + GIVEN.charAt(random.nextInt(GIVEN.length())) + (random.nextBoolean() ? GIVEN.charAt(random.nextInt(GIVEN.length())) : "");
        String mobile = "13" + (random.nextInt(10)) + String.format("%08d", random.nextInt(100_000_000));
        boolean listed = role == RosterRole.COMMUNITY_LEGAL_ADVISER || role == RosterRole.MEDIATOR
                ? random.nextInt(5) > 0 : random.nextInt(3) == 0;
        return new MemberInput(name, List.of(role), List.of(), grids, null, unit + MARK, null, mobile,
                "0371-6" + String.format("%07d", random.nextInt(10_000_000)), "demo-" + serial, MemberStatus.ON_DUTY,
                null, role == RosterRole.LEGAL_AWARE_RESIDENT ? "FLMBR-" + String.format("%06d", serial) : null, listed,
                null);
    }

    /** 碧沙岗社区居委会 → 碧沙岗社区; 某某村委会 → 某某村. */
    static String shortName(Division c) {
        return c.name().replace("社区居民委员会", "社区").replace("社区居委会", "社区").replace("居民委员会", "社区")
                .replace("居委会", "社区").replace("村民委员会", "村").replace("村委会", "村");
    }
}
