package org.smartjustice.venues.internal.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.smartjustice.platform.api.divisions.Division;
import org.smartjustice.platform.api.divisions.DivisionLevel;
import org.smartjustice.platform.api.divisions.Divisions;
import org.smartjustice.venues.api.CenterLevel;
import org.smartjustice.venues.api.VenueStatus;
import org.smartjustice.venues.api.VenueType;
import org.smartjustice.venues.internal.venues.VenueInput;

/**
 * Synthetic venues for demos and benchmarks, keyed to the real street codes of the district and
 * placed inside its box. No public register of 郑州's venues was available, so every name says
 * 合成数据. Per district the counts follow the seed plan's city-wide figures divided over the
 * districts: one district center, a workstation per street, village studios per street, about
 * one justice office and one mediation organization per street, a few notaries, forensic
 * institutions and law firms.
 */
final class DemoVenues {

    static final String MARK = "（合成数据）";

    private final Divisions divisions;

    DemoVenues(Divisions divisions) {
        this.divisions = divisions;
    }

    List<VenueInput> generate(String tenant, int studiosPerStreet) {
        Random random = new Random(tenant.hashCode());
        List<Division> streets = divisions.within(divisions.areaOf(tenant).code(), DivisionLevel.STREET);
        double[] box = divisions.areaOf(tenant).bounds().toArray();
        List<VenueInput> venues = new ArrayList<>();
        Division first = streets.get(0);
        venues.add(venue(VenueType.PUBLIC_LEGAL_SERVICE_CENTER, CenterLevel.DISTRICT_CENTER, "区公共法律服务中心", first, box, random, null));
        venues.add(venue(VenueType.LEGAL_AID_CENTER, null, "区法律援助中心", first, box, random, null));
        venues.add(venue(VenueType.LEGISLATIVE_LIAISON_POINT, null, "政府立法基层联系点", first, box, random, null));
        venues.add(venue(VenueType.NOTARY_OFFICE, null, "公证处", first, box, random, creditCode(random, "12")));
        for (int i = 1; i <= 3; i++) {
            venues.add(venue(VenueType.FORENSIC_APPRAISAL_INSTITUTION, null, "司法鉴定所" + i, streets.get(i % streets.size()),
                    box, random, creditCode(random, "52")));
        }
        for (int i = 1; i <= 15; i++) {
            venues.add(venue(VenueType.LAW_FIRM, null, "律师事务所" + i, streets.get(i % streets.size()), box, random,
                    creditCode(random, "31")));
        }
        for (int i = 1; i <= 5; i++) {
            venues.add(venue(VenueType.RULE_OF_LAW_CULTURE_SITE, null, "法治文化广场" + i, streets.get(i % streets.size()),
                    box, random, null));
        }
        for (Division street : streets) {
            String name = street.name();
            venues.add(venue(VenueType.PUBLIC_LEGAL_SERVICE_CENTER, CenterLevel.TOWN_WORKSTATION, name + "公共法律服务工作站",
                    street, box, random, null));
            venues.add(venue(VenueType.JUSTICE_OFFICE, null, name + "司法所", street, box, random, null));
            venues.add(venue(VenueType.MEDIATION_ORGANIZATION, null, name + "人民调解委员会", street, box, random, null));
            for (int i = 1; i <= studiosPerStreet; i++) {
                venues.add(venue(VenueType.PUBLIC_LEGAL_SERVICE_CENTER, CenterLevel.VILLAGE_STUDIO,
                        name + "第" + i + "社区公共法律服务工作室", street, box, random, null));
            }
        }
        return venues;
    }

    private static VenueInput venue(VenueType type, CenterLevel level, String name, Division street, double[] box,
                                    Random random, String creditCode) {
        double lon = box[0] + (box[2] - box[0]) * (0.1 + 0.8 * random.nextDouble());
        double lat = box[1] + (box[3] - box[1]) * (0.1 + 0.8 * random.nextDouble());
        return new VenueInput(type, level, name + MARK, "郑州市" + street.name() + "示例路" + (1 + random.nextInt(300)) + "号",
                street.code(), null, null, Math.round(lon * 1e6) / 1e6, Math.round(lat * 1e6) / 1e6, "wgs84",
                "0371-6" + (1000000 + random.nextInt(8999999)), null, null, "周一至周五 9:00-17:00",
                List.of("法律咨询", type.title()), creditCode, null, "合成的演示数据，不代表真实机构。", VenueStatus.ACTIVE, null);
    }

    /** A well-formed synthetic 统一社会信用代码 with a correct check character. */
    private static String creditCode(Random random, String category) {
        StringBuilder body = new StringBuilder(category).append("410100");
        String alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        while (body.length() < 17) {
            body.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return body + String.valueOf(org.smartjustice.platform.api.identifiers.CreditCode.checkCharacter(body.toString()));
    }
}
