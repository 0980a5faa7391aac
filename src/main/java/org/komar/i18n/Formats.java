package org.komar.i18n;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DecimalStyle;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import com.ibm.icu.text.NumberFormat;
import com.ibm.icu.util.ULocale;
import org.komar.access.Preferences;
import org.komar.shared.Cambodia;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Dates, times and numbers as people read them, in the request's language, in Cambodia's time zone, with Khmer
 * digits (០១២…) when the person has asked for them. Used in templates as {@code ${@fmt.date(d)}}.
 */
@Component("fmt")
public class Formats {

    private static final Locale KHMER_DIGITS = Locale.forLanguageTag("km-KH-u-nu-khmr");

    public String date(LocalDate date) {
        return date == null ? "" : formatter("d MMMM yyyy", "d MMM yyyy").format(date);
    }

    public String date(Instant instant) {
        return instant == null ? "" : date(LocalDate.ofInstant(instant, Cambodia.ZONE));
    }

    public String dateTime(Instant instant) {
        return instant == null ? "" : formatter("d MMMM yyyy HH:mm", "d MMM yyyy HH:mm")
                .format(instant.atZone(Cambodia.ZONE));
    }

    public String dateTime(OffsetDateTime time) {
        return time == null ? "" : dateTime(time.toInstant());
    }

    /** A moment for a {@code datetime-local} input: Cambodia's local time, Latin digits as browsers require. */
    public String inputDateTime(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm")
                .format(instant.atZone(Cambodia.ZONE));
    }

    public String number(Number value) {
        if (value == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getInstance(numberLocale());
        return format.format(value);
    }

    /** Digits only, no grouping: for years, codes and counters inside sentences. */
    public String digits(Object value) {
        if (value == null) {
            return "";
        }
        String text = String.valueOf(value);
        if (!khmerDigits()) {
            return text;
        }
        StringBuilder khmer = new StringBuilder(text.length());
        text.chars().forEach(c -> khmer.append(c >= '0' && c <= '9' ? (char) ('០' + (c - '0')) : (char) c));
        return khmer.toString();
    }

    public boolean khmerDigits() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return isKhmer() && Preferences.khmerDigits(request);
        }
        return false;
    }

    private static boolean isKhmer() {
        return "km".equals(LocaleContextHolder.getLocale().getLanguage());
    }

    private DateTimeFormatter formatter(String khmerPattern, String englishPattern) {
        if (!isKhmer()) {
            return DateTimeFormatter.ofPattern(englishPattern, Locale.ENGLISH);
        }
        Locale locale = khmerDigits() ? KHMER_DIGITS : Locale.forLanguageTag("km-KH");
        DateTimeFormatter formatter = DateTimeFormatter.ofPattern(khmerPattern, locale);
        return khmerDigits() ? formatter.withDecimalStyle(DecimalStyle.of(locale)) : formatter;
    }

    private ULocale numberLocale() {
        if (!isKhmer()) {
            return ULocale.ENGLISH;
        }
        return khmerDigits() ? new ULocale("km@numbers=khmr") : new ULocale("km@numbers=latn");
    }

    /** Formats a temporal value already in the right zone with a pattern, honouring language and digits. */
    public String pattern(TemporalAccessor value, String pattern) {
        return value == null ? "" : formatter(pattern, pattern).format(value);
    }
}
