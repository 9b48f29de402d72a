package org.smartjustice.academy.internal.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Groups of words that mean the same to people who search. People ask in their own words (没钱请律师
 * 怎么办) and content is written in the law's (法律援助): a query holding one word of a group also
 * looks for the others. Editors keep the list per tenant; these are the defaults.
 */
public final class Synonyms {

    public static final List<String> DEFAULTS = List.of(
            "法援,法律援助,免费律师,援助律师",
            "没钱,经济困难,困难群众,低保",
            "请律师,法律援助,委托律师,代理律师",
            "复议,行政复议,复议申请",
            "告政府,行政诉讼,行政复议,民告官",
            "打官司,诉讼,起诉,仲裁",
            "离婚,离婚协议,解除婚姻关系,婚姻",
            "公证处,公证,公证员,公证书",
            "鉴定,司法鉴定,鉴定机构,伤残等级",
            "工伤,工伤认定,劳动能力鉴定,伤残等级",
            "调解,人民调解,调解委员会,调委会,纠纷",
            "吵架,矛盾,纠纷,调解",
            "矫正,社区矫正,社区矫正对象",
            "请假,外出,外出审批,请假审批",
            "报到,报道,社区矫正报到",
            "刑满释放,安置帮教,刑释人员,回归社会",
            "出狱,刑满释放,安置帮教",
            "照管,后续照管,戒毒康复",
            "法考,国家统一法律职业资格考试,司法考试,法律职业资格",
            "律师证,法律职业资格证书,执业证",
            "要带什么,申请材料,所需材料,材料",
            "去哪里,办理地点,地址,承办机构",
            "多少钱,收费标准,费用,免费",
            "多久,办理时限,多长时间,期限",
            "欠薪,拖欠工资,劳动报酬,讨薪",
            "遗嘱,继承,遗产",
            "房子,房产,房屋",
            "孩子,子女,未成年人,抚养");

    private final List<List<String>> groups;

    public Synonyms(List<String> lines) {
        List<List<String>> parsed = new ArrayList<>();
        for (String line : lines) {
            List<String> terms = parse(line);
            if (terms.size() > 1) {
                parsed.add(terms);
            }
        }
        this.groups = List.copyOf(parsed);
    }

    public static Synonyms defaults() {
        return new Synonyms(DEFAULTS);
    }

    /** The words of one line: separated by commas (, or ，) or 、, trimmed, without repeats. */
    static List<String> parse(String line) {
        Set<String> terms = new LinkedHashSet<>();
        for (String t : line.split("[,，、]")) {
            if (!t.isBlank()) {
                terms.add(t.strip());
            }
        }
        return List.copyOf(terms);
    }

    /**
     * The most words one query adds: each becomes a few clauses in four fields, and a query stays
     * well under Lucene's limit of 1,024 clauses however long the editors' list grows.
     */
    static final int MAX_EXPANSIONS = 24;

    /** The words to look for as well: the other words of every group that the query holds a word of. */
    public List<String> expansions(String query) {
        Set<String> more = new LinkedHashSet<>();
        for (List<String> group : groups) {
            if (group.stream().anyMatch(query::contains)) {
                group.stream().filter(t -> !query.contains(t)).forEach(more::add);
            }
        }
        return more.stream().limit(MAX_EXPANSIONS).toList();
    }
}
