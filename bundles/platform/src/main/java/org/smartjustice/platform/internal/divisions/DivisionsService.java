package org.smartjustice.platform.internal.divisions;

import java.util.List;
import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.smartjustice.platform.api.divisions.Division;
import org.smartjustice.platform.api.divisions.DivisionLevel;
import org.smartjustice.platform.api.divisions.DivisionTree;
import org.smartjustice.platform.api.divisions.Divisions;

/** The city's division tree as a service for every module, read once from the shipped codes. */
@Component(service = Divisions.class)
public class DivisionsService implements Divisions {

    private DivisionTree tree;

    @Activate
    void activate() {
        tree = DivisionData.load();
    }

    @Override
    public Division city() {
        return tree.city();
    }

    @Override
    public Optional<Division> find(String code) {
        return tree.find(code);
    }

    @Override
    public List<Division> children(String code) {
        return tree.children(code);
    }

    @Override
    public List<Division> within(String code, DivisionLevel level) {
        return tree.within(code, level);
    }

    @Override
    public boolean isWithin(String code, String ancestor) {
        return tree.isWithin(code, ancestor);
    }
}
