package org.komar.cases;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.komar.i18n.Formats;
import org.komar.timeline.AttributeSpec;
import org.komar.timeline.LegalEvent;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** An event's attributes as a person reads them: labelled, with choices and yes/no in their language. */
@Component("events")
public class EventDescriber {

    public record Line(String label, String value) {
    }

    private final MessageSource messages;
    private final Formats formats;

    EventDescriber(MessageSource messages, Formats formats) {
        this.messages = messages;
        this.formats = formats;
    }

    public String typeLabel(String type, Locale locale) {
        return messages.getMessage("event.type." + type, null, type, locale);
    }

    public List<Line> describe(LegalEvent event, Locale locale) {
        List<Line> lines = new ArrayList<>();
        for (AttributeSpec spec : event.type().attributes()) {
            Object value = event.attributes().asMap().get(spec.name());
            if (value == null) {
                continue;
            }
            lines.add(new Line(messages.getMessage("event.attr." + spec.name(), null, spec.name(), locale),
                    text(spec, value, locale)));
        }
        return lines;
    }

    private String text(AttributeSpec spec, Object value, Locale locale) {
        return switch (spec.kind()) {
            case BOOLEAN -> messages.getMessage(Boolean.TRUE.equals(value) ? "common.yes" : "common.no", null, locale);
            case CHOICE -> choice(spec.choice().name(), String.valueOf(value), locale);
            case CHOICE_LIST -> String.join(", ", ((List<?>) value).stream()
                    .map(v -> choice(spec.choice().name(), String.valueOf(v), locale)).toList());
            case DATE -> formats.date(LocalDate.parse(String.valueOf(value)));
            case INTEGER -> formats.number((Number) value);
            case MEASURES -> measures((List<?>) value, locale);
            default -> String.valueOf(value);
        };
    }

    /** Diversion measures as a person reads them: "School attendance 6 months; Community service 40 hours". */
    public String measures(List<?> measures, Locale locale) {
        List<String> parts = new ArrayList<>();
        for (Object item : measures) {
            Map<?, ?> measure = (Map<?, ?>) item;
            StringBuilder part = new StringBuilder(choice("MEASURE", String.valueOf(measure.get("type")), locale));
            if (measure.get("hours") instanceof Number hours) {
                part.append(' ').append(messages.getMessage("common.hours", new Object[] {formats.number(hours)},
                        locale));
            }
            if (measure.get("months") instanceof Number months) {
                part.append(' ').append(messages.getMessage("common.months", new Object[] {formats.number(months)},
                        locale));
            }
            parts.add(part.toString());
        }
        return String.join("; ", parts);
    }

    private String choice(String set, String value, Locale locale) {
        return messages.getMessage("choice." + set + "." + value, null, value, locale);
    }
}
