package org.smartjustice.academy.internal.items;

import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

import org.smartjustice.academy.api.ContentKind;
import org.smartjustice.platform.api.Principal;
import org.smartjustice.platform.api.problem.ProblemException;
import org.smartjustice.platform.api.problem.Validation;

/** What an item must be to be kept, and to be sent for review; which transitions are allowed. */
final class ItemRules {

    static final int TITLE_MAX = 200;
    static final int SUMMARY_MAX = 1000;
    static final int BODY_MAX = 200_000;
    static final int SOURCE_MAX = 500;
    static final int TEXT_MAX = 2000;
    static final int LIST_MAX = 50;

    private ItemRules() {
    }

    /** Checks an input before it is kept as a draft: well-formed, within limits; not yet complete. */
    static void checkDraft(ContentKind kind, ItemInput in) {
        Validation v = new Validation().required("title", in.title()).maxLength("title", in.title(), TITLE_MAX)
                .plainText("title", in.title()).nothingPersonal("title", in.title())
                .maxLength("summary", in.summary(), SUMMARY_MAX).plainText("summary", in.summary())
                .nothingPersonal("summary", in.summary())
                .maxLength("body", in.body(), BODY_MAX).nothingPersonal("body", RichText.text(RichText.clean(in.body())))
                .maxLength("source", in.source(), SOURCE_MAX).plainText("source", in.source())
                .nothingPersonal("source", in.source())
                .check(in.legalBasis().size() <= LIST_MAX, "legalBasis", "至多 " + LIST_MAX + " 条")
                .check(in.effectiveFrom() == null || in.expiresOn() == null || !in.expiresOn().isBefore(in.effectiveFrom()),
                        "expiresOn", "失效日期不能早于生效日期")
                .check(in.guide() == null || kind == ContentKind.PROCEDURE, "guide", "只有业务办理流程（办事指南）带有 guide");
        for (int i = 0; i < in.audiences().size(); i++) {
            v.check(in.audiences().get(i) != null, "audiences[" + i + "]", "不能为空");
        }
        for (int i = 0; i < in.topics().size(); i++) {
            v.check(in.topics().get(i) != null, "topics[" + i + "]", "不能为空");
        }
        for (int i = 0; i < in.legalBasis().size(); i++) {
            ItemInput.LegalBasis b = in.legalBasis().get(i);
            String at = "legalBasis[" + i + "]";
            v.check(b != null, at, "不能为空");
            if (b != null) {
                v.required(at + ".law", b.law()).maxLength(at + ".law", b.law(), TITLE_MAX)
                        .plainText(at + ".law", b.law()).nothingPersonal(at + ".law", b.law())
                        .maxLength(at + ".articles", b.articles(), TITLE_MAX)
                        .plainText(at + ".articles", b.articles()).nothingPersonal(at + ".articles", b.articles());
            }
        }
        if (in.guide() != null) {
            checkGuideShape(in.guide(), v);
        }
        v.throwIfInvalid();
    }

    /** What review needs on top of a draft: the parts each kind cannot go without. */
    static void checkComplete(ContentKind kind, VersionEntity version, Guide guide) {
        Validation v = new Validation()
                .check(!version.audiences.equals("|") || !version.topics.equals("|"), "audiences", "至少选择一个板块（audiences）或专题（topics）");
        switch (kind) {
            case LEGAL_EDUCATION, POLICY, FAQ -> v.required("body", version.body);
            case DOCUMENT_TEMPLATE -> v.check(version.fileId != null, "file", "法律制式文书须先上传文件");
            case PROCEDURE -> {
                v.check(guide != null, "guide", "办事指南须填写 guide");
                if (guide != null) {
                    v.required("guide.serviceName", guide.serviceName())
                            .required("guide.serviceObjects", guide.serviceObjects())
                            .required("guide.conditions", guide.conditions()).required("guide.timeLimit", guide.timeLimit())
                            .required("guide.agency", guide.agency()).required("guide.phone", guide.phone())
                            .check(!guide.materials().isEmpty(), "guide.materials", "至少列出一项申请材料")
                            .check(!guide.steps().isEmpty(), "guide.steps", "至少列出一个办理步骤")
                            .check(Boolean.TRUE.equals(guide.free()) || guide.fee() != null && !guide.fee().isBlank(),
                                    "guide.fee", "写明收费标准，或 free=true（免费）");
                }
            }
            default -> { }
        }
        v.throwIfInvalid();
    }

    private static void checkGuideShape(Guide g, Validation v) {
        String[][] texts = { { "serviceName", g.serviceName() }, { "serviceObjects", g.serviceObjects() },
                { "conditions", g.conditions() }, { "timeLimit", g.timeLimit() }, { "fee", g.fee() }, { "basis", g.basis() },
                { "agency", g.agency() }, { "place", g.place() }, { "hours", g.hours() }, { "phone", g.phone() },
                { "venueId", g.venueId() } };
        for (String[] t : texts) {
            v.maxLength("guide." + t[0], t[1], TEXT_MAX).plainText("guide." + t[0], t[1])
                    .nothingPersonal("guide." + t[0], t[1]);
        }
        v.check(g.materials().size() <= LIST_MAX, "guide.materials", "至多 " + LIST_MAX + " 项")
                .check(g.steps().size() <= LIST_MAX, "guide.steps", "至多 " + LIST_MAX + " 步")
                .check(g.faqs().size() <= LIST_MAX, "guide.faqs", "至多 " + LIST_MAX + " 条");
        for (int i = 0; i < g.materials().size(); i++) {
            Guide.Material m = g.materials().get(i);
            String at = "guide.materials[" + i + "]";
            if (m == null) {
                v.check(false, at, "不能为空");
                continue;
            }
            v.required(at + ".name", m.name()).maxLength(at + ".name", m.name(), TITLE_MAX)
                    .plainText(at + ".name", m.name()).nothingPersonal(at + ".name", m.name())
                    .required(at + ".copies", m.copies()).range(at + ".copies", m.copies(), 1, 99)
                    .required(at + ".form", m.form()).maxLength(at + ".note", m.note(), TEXT_MAX)
                    .plainText(at + ".note", m.note()).nothingPersonal(at + ".note", m.note());
        }
        for (int i = 0; i < g.steps().size(); i++) {
            Guide.Step s = g.steps().get(i);
            String at = "guide.steps[" + i + "]";
            if (s == null) {
                v.check(false, at, "不能为空");
                continue;
            }
            v.required(at + ".name", s.name()).maxLength(at + ".name", s.name(), TITLE_MAX)
                    .plainText(at + ".name", s.name()).nothingPersonal(at + ".name", s.name())
                    .maxLength(at + ".timeLimit", s.timeLimit(), TITLE_MAX)
                    .plainText(at + ".timeLimit", s.timeLimit()).nothingPersonal(at + ".timeLimit", s.timeLimit())
                    .maxLength(at + ".description", s.description(), TEXT_MAX)
                    .plainText(at + ".description", s.description()).nothingPersonal(at + ".description", s.description());
        }
        for (int i = 0; i < g.faqs().size(); i++) {
            Guide.Faq f = g.faqs().get(i);
            String at = "guide.faqs[" + i + "]";
            if (f == null) {
                v.check(false, at, "不能为空");
                continue;
            }
            v.required(at + ".question", f.question()).maxLength(at + ".question", f.question(), TEXT_MAX)
                    .plainText(at + ".question", f.question()).nothingPersonal(at + ".question", f.question())
                    .required(at + ".answer", f.answer())
                    .maxLength(at + ".answer", f.answer(), TEXT_MAX)
                    .plainText(at + ".answer", f.answer()).nothingPersonal(at + ".answer", f.answer());
        }
    }

    /** Refuses a step from a state that does not allow it (409 {@code illegal-transition}). */
    static void require(ItemState actual, ItemState expected, String action) {
        if (actual != expected) {
            throw new ProblemException(409, "illegal-transition", "当前状态不允许此操作",
                    "“" + action + "”须在" + expected.title() + "状态下进行，当前为" + actual.title());
        }
    }

    /** A reviewer publishes what someone else wrote (four eyes): not its author, nor anyone who edited it. */
    static void requireOtherReviewer(VersionEntity version, String reviewer) {
        boolean edited = java.util.Arrays.stream(version.editors.split("\\|")).anyMatch(e -> Principal.sameIdentity(e, reviewer));
        if (Principal.sameIdentity(version.author, reviewer) || edited) {
            throw new ProblemException(403, "reviewer-is-author", "不能审核自己编写的内容", "须由作者和修改过这一版本的人以外的审核人处理");
        }
    }

    /** {@code |A|B|}: a list kept in one column, found with {@code like '%|A|%'}. */
    static String joined(Collection<? extends Enum<?>> values) {
        TreeSet<String> names = new TreeSet<>();
        values.forEach(e -> names.add(e.name()));
        return "|" + String.join("|", names) + (names.isEmpty() ? "" : "|");
    }

    static <E extends Enum<E>> List<E> split(String joined, Class<E> type) {
        return java.util.Arrays.stream(joined.split("\\|")).filter(s -> !s.isEmpty()).map(s -> Enum.valueOf(type, s)).toList();
    }
}
