package org.smartjustice.supervision.internal.screening;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.EmFunction;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.smartjustice.platform.api.persistence.TenantPersistence;

/** Every query of the screening rules: the tenant's own, and the city's defaults read as the city. */
@Component(service = ScreeningRuleStore.class)
public class ScreeningRuleStore {

    @Reference(target = "(" + TenantPersistence.UNIT + "=justice-supervision)")
    private TenantPersistence jpa;

    <R> R write(EmFunction<R> work) {
        return jpa.write(work);
    }

    Optional<ScreeningRuleEntity> find(String id) {
        return jpa.find(ScreeningRuleEntity.class, id);
    }

    /** The tenant's own rules by name. */
    List<ScreeningRuleEntity> own() {
        return jpa.read(em -> em.createQuery("select r from ScreeningRuleEntity r order by r.name, r.id", ScreeningRuleEntity.class)
                .getResultList());
    }

    /** The city's rules that are every district's defaults, whatever their status, by name. Outside any transaction. */
    List<ScreeningRuleEntity> cityDefaults() {
        return jpa.readAsCity(em -> em.createQuery("select r from ScreeningRuleEntity r where r.cityWide = :yes"
                + " order by r.name, r.id", ScreeningRuleEntity.class).setParameter("yes", true).getResultList());
    }

    /** One of the city's defaults, read as the city. Outside any transaction. */
    Optional<ScreeningRuleEntity> cityDefault(String id) {
        return Optional.ofNullable(jpa.readAsCity(em -> em.find(ScreeningRuleEntity.class, id)))
                .filter(r -> r.cityWide);
    }

    /** The ids of the city defaults this tenant switched off. */
    Set<String> optedOut() {
        return jpa.read(em -> em.createQuery("select o.cityRuleId from OptOutEntity o", String.class).getResultList()
                .stream().collect(Collectors.toSet()));
    }

    static OptOutEntity optOut(EntityManager em, String cityRuleId) {
        return em.createQuery("select o from OptOutEntity o where o.cityRuleId = :r", OptOutEntity.class)
                .setParameter("r", cityRuleId).getResultList().stream().findFirst().orElse(null);
    }

    static boolean nameTaken(EntityManager em, String name, String self) {
        return em.createQuery("select r.id from ScreeningRuleEntity r where r.name = :n", String.class).setParameter("n", name)
                .getResultList().stream().anyMatch(id -> !id.equals(self));
    }

    static long count(EntityManager em) {
        return em.createQuery("select count(r) from ScreeningRuleEntity r", Long.class).getSingleResult();
    }
}
