package org.smartjustice.itest;

/** 统一社会信用代码 for tests: the check character computed per GB 32100, independently of the product. */
final class Codes {

    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = { 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28 };

    private Codes() {
    }

    /** The 17 characters given plus their check character (padded/trimmed to 17 with '0'). */
    static String credit(String first17) {
        String body = (first17 + "00000000000000000").substring(0, 17);
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += ALPHABET.indexOf(body.charAt(i)) * WEIGHTS[i];
        }
        int check = 31 - sum % 31;
        return body + ALPHABET.charAt(check == 31 ? 0 : check);
    }

    static String wrongCheck(String code) {
        char last = code.charAt(17);
        char other = last == '0' ? '1' : '0';
        return code.substring(0, 17) + other;
    }
}
