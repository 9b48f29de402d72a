package org.smartjustice.academy.internal.items;

import java.util.List;

import org.smartjustice.platform.api.Titled;

/**
 * A service guide (办事指南) with the fields that published guides carry: what the service is, who
 * may apply and on what conditions, what to bring, the steps and their time limits, fees, legal
 * basis, where and when, whom to ask, and the usual questions.
 *
 * @param venueId a venue of the district (venues API) where it is handled, optional
 */
public record Guide(String serviceName, String serviceObjects, String conditions, List<Material> materials, List<Step> steps,
                    String timeLimit, Boolean free, String fee, String basis, String agency, String venueId, String place,
                    String hours, String phone, List<Faq> faqs) {

    public Guide {
        materials = ItemInput.copy(materials);
        steps = ItemInput.copy(steps);
        faqs = ItemInput.copy(faqs);
    }

    /** 申请材料: each with how many copies and whether the original or a copy. */
    public record Material(String name, Integer copies, MaterialForm form, String note) {
    }

    /** 办理流程: one step with its time limit. */
    public record Step(String name, String timeLimit, String description) {
    }

    /** 常见问题. */
    public record Faq(String question, String answer) {
    }

    public enum MaterialForm implements Titled {
        ORIGINAL("原件"),
        COPY("复印件"),
        ORIGINAL_AND_COPY("原件及复印件");

        private final String title;

        MaterialForm(String title) {
            this.title = title;
        }

        @Override
        public String title() {
            return title;
        }
    }
}
