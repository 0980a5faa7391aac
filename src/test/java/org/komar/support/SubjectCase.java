package org.komar.support;

import java.time.Clock;
import java.time.OffsetDateTime;

import org.komar.access.Actor;
import org.komar.child.Child;
import org.komar.shared.CaseId;
import org.komar.shared.ChildId;
import org.komar.timeline.EventId;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.json.JsonMapper;

/** An {@link ApiTarget} over one child and one case that {@code owner} opened, for the given caller. */
public record SubjectCase(Actor actor, Actor owner, CaseId caseId, Child child, Fixtures fixtures,
                          ApplicationContext context, Clock clock) implements ApiTarget {

    @Override
    public ChildId childId() {
        return child.id();
    }

    @Override
    public String childLatinName() {
        return child.nameLatin();
    }

    @Override
    public String childKhmerName() {
        return child.nameKhmer();
    }

    @Override
    public EventId freshEvent() {
        return fixtures.record(owner, caseId, "AGE_CLAIM_RECORDED", OffsetDateTime.now(clock),
                "birthDate", "2010-03-15", "precision", "DAY", "evidence", "FAMILY_BOOK").id();
    }

    @Override
    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    @Override
    public String json(Object value) {
        return context.getBean(JsonMapper.class).writeValueAsString(value);
    }
}
