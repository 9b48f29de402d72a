package org.smartjustice.academy.internal.items;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

class RichTextTest {

    /** The usual payloads (OWASP's XSS filter evasion cheat sheet and friends). */
    static final List<String> PAYLOADS = List.of(
            "<script>alert(1)</script>",
            "<img src=x onerror=alert(1)>",
            "<svg/onload=alert(1)>",
            "<a href=\"javascript:alert(1)\">点我</a>",
            "<a href=\"JaVaScRiPt:alert(1)\">点我</a>",
            "<a href=\"&#106;avascript:alert(1)\">点我</a>",
            "<a href=\" javascript:alert(1)\">点我</a>",
            "<iframe src=\"https://evil.example\"></iframe>",
            "<body onload=alert(1)>",
            "<div style=\"background:url(javascript:alert(1))\">x</div>",
            "<img src=\"data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+\">",
            "<math><mi xlink:href=\"javascript:alert(1)\">x</mi></math>",
            "<object data=\"javascript:alert(1)\"></object>",
            "<embed src=\"javascript:alert(1)\">",
            "<form action=\"javascript:alert(1)\"><button>提交</button></form>",
            "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
            "<input autofocus onfocus=alert(1)>",
            "<details open ontoggle=alert(1)>",
            "<scr<script>ipt>alert(1)</scr</script>ipt>",
            "<<script>script>alert(1)<</script>/script>",
            "<p>正文</p><style>*{display:none}</style>",
            "<table background=\"javascript:alert(1)\"><tr><td>x</td></tr></table>",
            "<a href=\"vbscript:msgbox(1)\">x</a>",
            "\"><script>alert(document.cookie)</script>");

    @Test
    void nothingThatRunsSurvives() {
        for (String payload : PAYLOADS) {
            String cleaned = RichText.clean("<p>法律援助</p>" + payload);
            String lower = cleaned == null ? "" : cleaned.toLowerCase(Locale.ROOT);
            for (String bad : List.of("<script", "javascript:", "vbscript:", "onerror", "onload", "onfocus", "ontoggle", "<iframe",
                    "<object", "<embed", "<svg", "<form", "<meta", "<style", "style=", "data:", "<input")) {
                assertFalse(lower.contains(bad), payload + " → " + cleaned);
            }
        }
    }

    @Test
    void formattingListsTablesAndSafeLinksAreKept() {
        assertEquals("<h2>申请条件</h2><ol><li>经济困难</li></ol><p><strong>免费</strong>"
                        + "<a href=\"https://www.moj.gov.cn/\" rel=\"noopener noreferrer nofollow\">司法部</a></p>",
                RichText.clean("<h2>申请条件</h2><ol><li>经济困难</li></ol><p><strong>免费</strong>"
                        + "<a href=\"https://www.moj.gov.cn/\" target=\"_blank\">司法部</a></p>"));
        assertNull(RichText.clean("<script>alert(1)</script>"));
        assertNull(RichText.clean("   "));
    }
}
