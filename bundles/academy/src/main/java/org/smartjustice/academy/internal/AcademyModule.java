package org.smartjustice.academy.internal;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.osgi.service.component.annotations.Component;
import org.smartjustice.platform.api.AbstractJusticeModule;
import org.smartjustice.platform.api.JusticeModule;
import org.smartjustice.platform.api.MenuEntry;

/** 网格学堂: the module as the platform sees it. */
@Component(service = JusticeModule.class)
public class AcademyModule extends AbstractJusticeModule {

    public static final String ID = "academy";
    static final String ROUTE = "/justice/academy";

    public AcademyModule() {
        super(ID, "网格学堂", Set.of(), menu());
    }

    /** What the academy's parameters mean, for the OpenAPI document (the editors' list's q says its own). */
    static final Map<String, String> PARAMETERS = Map.ofEntries(
            Map.entry("id", "内容编号"),
            Map.entry("itemId", "内容编号"),
            Map.entry("q", "全文搜索的文字：在已发布内容的标题、摘要、正文、办事指南与问答中查找（中文分词，含同义词）"),
            Map.entry("kind", "内容类型，英文名或中文名（如 FAQ 或 高频咨询）"),
            Map.entry("audience", "板块（受众），英文名或中文名（如 COMMUNITIES 或 社区）"),
            Map.entry("topic", "专题，英文名或中文名（如 LEGAL_AID 或 法律援助）"),
            Map.entry("state", "内容状态：草稿、待审、已发布、已撤回"),
            Map.entry("by", "分组：person、role、grid 或 street"),
            Map.entry("learner", "学习者（宿主用户编号 sub）"),
            Map.entry("days", "统计最近多少天，1–366（默认 30）"),
            Map.entry("since", "只要此时间（ISO-8601，含时区）以后的变化，含已撤回内容的删除标记"),
            Map.entry("format", "文件格式：学习时长导出为 csv 或 xlsx；语料为 jsonl 或 alpaca"),
            Map.entry("name", "文件名"));

    @Override
    public Map<String, String> parameters() {
        return PARAMETERS;
    }

    private static List<MenuEntry> menu() {
        return List.of(
                MenuEntry.of(ID, "网格学堂").icon("read").path(ROUTE).order(300).build(),
                MenuEntry.of(ID + ".items", "内容管理").icon("edit").path(ROUTE + "/items").order(1).under(ID)
                        .forRoles(Access.EDITORS).build(),
                MenuEntry.of(ID + ".review", "待审内容").icon("audit").path(ROUTE + "/items?state=REVIEW").order(2).under(ID)
                        .forRoles(Access.EDITORS).build(),
                MenuEntry.of(ID + ".city", "市级内容").icon("global").path(ROUTE + "/city-items").order(3).under(ID)
                        .forRoles(Access.EDITORS).build());
    }
}
