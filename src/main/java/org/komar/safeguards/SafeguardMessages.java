package org.komar.safeguards;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.komar.i18n.Formats;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.stereotype.Component;

/**
 * Turns a result into text in the reader's language: the message with its numbers and moments formatted for the
 * locale (Khmer digits and Phnom Penh time where the reader asks), and each rule's short title.
 */
@Component
public class SafeguardMessages {

    private final MessageSource messages;
    private final Formats formats;

    SafeguardMessages(MessageSource messages, Formats formats) {
        this.messages = messages;
        this.formats = formats;
    }

    public String message(SafeguardResult result, Locale locale) {
        List<Object> args = result.messageArgs();
        Object[] formatted = new Object[args.size()];
        for (int i = 0; i < formatted.length; i++) {
            Object arg = args.get(i);
            formatted[i] = arg instanceof Instant instant ? formats.dateTime(instant)
                    : arg instanceof Number number ? formats.number(number) : String.valueOf(arg);
        }
        try {
            return messages.getMessage(result.messageKey(), formatted, locale);
        } catch (NoSuchMessageException missing) {
            // The bundle test keeps every key present; the reader still sees the stable code.
            return result.rule() + " " + result.status();
        }
    }

    /** The rule's short name, e.g. "Police custody, 14-15 years". */
    public String title(String rule, Locale locale) {
        return messages.getMessage("safeguard.rule." + rule, null, rule, locale);
    }
}
