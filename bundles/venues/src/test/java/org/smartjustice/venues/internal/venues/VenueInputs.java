package org.smartjustice.venues.internal.venues;

import java.util.List;

import org.smartjustice.platform.api.identifiers.CreditCode;
import org.smartjustice.venues.api.CenterLevel;
import org.smartjustice.venues.api.VenueStatus;
import org.smartjustice.venues.api.VenueType;

/** A mutable builder of {@link VenueInput} for tests; starts as a valid 中原区 notary office. */
final class VenueInputs {

    static final String FIRST17 = "91410102MA4412345";
    static final String VALID_CODE = FIRST17 + CreditCode.checkCharacter(FIRST17);

    VenueType type = VenueType.NOTARY_OFFICE;
    CenterLevel level;
    String name = "郑州市中原公证处";
    String address = "郑州市中原区建设西路 1 号";
    String streetCode = "410102002";
    String community;
    String gridCode;
    Double lon = 113.62;
    Double lat = 34.75;
    String crs;
    String phone = "0371-12345678";
    String contactPerson = "张三";
    String contactPhone = "13800001234";
    String openingHours = "周一至周五 9:00-17:00";
    List<String> services = List.of("公证", "法律咨询");
    String creditCode = VALID_CODE;
    Boolean creditCodeOverride;
    String description;
    VenueStatus status;

    static VenueInputs notary() {
        return new VenueInputs();
    }

    /** A credit code with the right length and alphabet but a wrong check character. */
    static String wrongCheckCharacter() {
        char right = VALID_CODE.charAt(17);
        char wrong = right == 'A' ? 'B' : 'A';
        return FIRST17 + wrong;
    }

    VenueInput build() {
        return new VenueInput(type, level, name, address, streetCode, community, gridCode, lon, lat, crs, phone,
                contactPerson, contactPhone, openingHours, services, creditCode, creditCodeOverride, description,
                status, null);
    }
}
