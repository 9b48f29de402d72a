package org.smartjustice.rosters.internal.grids;

/**
 * A grid cell as the host pushes it or a spreadsheet row gives it.
 *
 * @param crs the system of {@code lon}/{@code lat} (wgs84 when absent), as for venues
 */
public record GridInput(String code, String name, String communityCode, Double lon, Double lat, String crs,
                        Long version) {
}
