package org.smartjustice.platform.api.divisions;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An immutable {@link Divisions} over a list of divisions: the platform builds one from the
 * statistical codes it ships; tests build small ones.
 */
public final class DivisionTree implements Divisions {

    private final Division city;
    private final Map<String, Division> byCode = new HashMap<>();
    private final Map<String, List<Division>> children = new HashMap<>();

    /**
     * @throws IllegalArgumentException when the list has no city or two, a code twice, a parent
     *                                  that is missing or a level that does not follow its parent's
     */
    public DivisionTree(Collection<Division> divisions) {
        Division top = null;
        for (Division d : divisions) {
            if (byCode.putIfAbsent(d.code(), d) != null) {
                throw new IllegalArgumentException("division twice: " + d.code());
            }
            if (d.level() == DivisionLevel.CITY) {
                if (top != null) {
                    throw new IllegalArgumentException("two cities: " + top.code() + ", " + d.code());
                }
                top = d;
            }
        }
        if (top == null) {
            throw new IllegalArgumentException("no city");
        }
        city = top;
        for (Division d : divisions) {
            if (d.parentCode() == null) {
                continue;
            }
            Division parent = byCode.get(d.parentCode());
            if (parent == null || parent.level().below() != d.level()) {
                throw new IllegalArgumentException("division " + d.code() + " has no " + d.level() + " parent " + d.parentCode());
            }
            children.computeIfAbsent(d.parentCode(), k -> new ArrayList<>()).add(d);
        }
        children.replaceAll((k, v) -> v.stream().sorted(Comparator.comparing(Division::code)).toList());
    }

    @Override
    public Division city() {
        return city;
    }

    @Override
    public Optional<Division> find(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(byCode.get(code));
    }

    @Override
    public List<Division> children(String code) {
        return code == null ? List.of() : children.getOrDefault(code, List.of());
    }

    @Override
    public List<Division> within(String code, DivisionLevel level) {
        Division top = byCode.get(code);
        if (top == null || top.level().compareTo(level) > 0) {
            return List.of();
        }
        List<Division> found = new ArrayList<>();
        collect(top, level, found);
        found.sort(Comparator.comparing(Division::code));
        return List.copyOf(found);
    }

    private void collect(Division d, DivisionLevel level, List<Division> found) {
        if (d.level() == level) {
            found.add(d);
            return;
        }
        for (Division c : children(d.code())) {
            collect(c, level, found);
        }
    }

    @Override
    public boolean isWithin(String code, String ancestor) {
        Division d = code == null ? null : byCode.get(code);
        while (d != null) {
            if (d.code().equals(ancestor)) {
                return true;
            }
            d = d.parentCode() == null ? null : byCode.get(d.parentCode());
        }
        return false;
    }
}
