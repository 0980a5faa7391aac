package org.komar.training;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.komar.access.Actor;
import org.komar.access.AgencyDirectory;
import org.komar.shared.FieldProblems;
import org.komar.shared.FormErrors;
import org.komar.shared.KomarException;
import org.komar.shared.Problems;
import org.komar.training.TrainingInputs.ParticipantDetails;
import org.komar.training.TrainingInputs.SeriesDetails;
import org.komar.training.TrainingInputs.SessionDetails;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The capacity-building pages: series, sessions with registration and attendance, the attendance report, the
 * certificates and the follow-up of who was trained in what.
 */
@Controller
class TrainingWebController {

    private final TrainingService training;
    private final AgencyDirectory agencies;
    private final Problems problems;

    TrainingWebController(TrainingService training, AgencyDirectory agencies, Problems problems) {
        this.training = training;
        this.agencies = agencies;
        this.problems = problems;
    }

    @GetMapping("/training")
    String list(Actor actor, Model model) {
        return listPage(actor, model, Map.of(), FormErrors.NONE);
    }

    @PostMapping("/training/series")
    String createSeries(Actor actor, @RequestParam Map<String, String> form, Model model, Locale locale) {
        try {
            Series series = training.createSeries(actor, new SeriesDetails(form.get("titleEn"), form.get("titleKm"),
                    form.get("descriptionEn"), form.get("descriptionKm")));
            return "redirect:/training/series/" + series.id();
        } catch (KomarException invalid) {
            return listPage(actor, model, form, FormErrors.of(invalid, problems, locale));
        }
    }

    @GetMapping("/training/series/{id}")
    String series(Actor actor, @PathVariable String id, Model model, Locale locale) {
        return seriesPage(actor, uuid(id, "TRAINING_SERIES_NOT_FOUND"), model, Map.of(), FormErrors.NONE, locale);
    }

    @PostMapping("/training/series/{id}/sessions")
    String addSession(Actor actor, @PathVariable String id, @RequestParam Map<String, String> form, Model model,
                      Locale locale) {
        UUID seriesId = uuid(id, "TRAINING_SERIES_NOT_FOUND");
        try {
            Session session = training.addSession(actor, seriesId, sessionDetails(form));
            return "redirect:/training/sessions/" + session.id();
        } catch (KomarException invalid) {
            return seriesPage(actor, seriesId, model, form, FormErrors.of(invalid, problems, locale), locale);
        }
    }

    @GetMapping("/training/sessions/{id}")
    String session(Actor actor, @PathVariable String id, Model model, Locale locale) {
        return sessionPage(actor, uuid(id, "TRAINING_SESSION_NOT_FOUND"), model, Map.of(), FormErrors.NONE, locale);
    }

    @PostMapping("/training/sessions/{id}/participants")
    String register(Actor actor, @PathVariable String id, @RequestParam Map<String, String> form, Model model,
                    Locale locale, RedirectAttributes flash) {
        UUID sessionId = uuid(id, "TRAINING_SESSION_NOT_FOUND");
        try {
            Participant participant = training.register(actor, sessionId, new ParticipantDetails(form.get("name"),
                    form.get("nameKhmer"), form.get("sex"), form.get("ageGroup"), form.get("profession"),
                    form.get("organisation"), form.get("organisationName"), form.get("province"),
                    form.get("email"), form.get("phone")));
            flash.addFlashAttribute("registered", participant.name());
            return "redirect:/training/sessions/" + sessionId + "#register";
        } catch (KomarException invalid) {
            return sessionPage(actor, sessionId, model, form, FormErrors.of(invalid, problems, locale), locale);
        }
    }

    @PostMapping("/training/sessions/{id}/attendance")
    String attendance(Actor actor, @PathVariable String id, @RequestParam MultiValueMap<String, String> form,
                      RedirectAttributes flash) {
        UUID sessionId = uuid(id, "TRAINING_SESSION_NOT_FOUND");
        Set<UUID> attended = new HashSet<>();
        for (String value : form.getOrDefault("attended", List.of())) {
            attended.add(uuid(value, "TRAINING_PARTICIPANT_NOT_FOUND"));
        }
        training.recordAttendance(actor, sessionId, attended);
        flash.addFlashAttribute("attendanceSaved", true);
        return "redirect:/training/sessions/" + sessionId;
    }

    @GetMapping("/training/sessions/{id}/report")
    String report(Actor actor, @PathVariable String id, Model model) {
        TrainingService.SessionView view = training.session(actor, uuid(id, "TRAINING_SESSION_NOT_FOUND"));
        model.addAttribute("view", view);
        model.addAttribute("breakdown", view.breakdown());
        model.addAttribute("organisation", view.session().organisation() == null ? null
                : agencies.find(view.session().organisation()).orElse(null));
        return "training/report";
    }

    @GetMapping("/training/sessions/{id}/certificates")
    String certificates(Actor actor, @PathVariable String id, Model model) {
        TrainingService.SessionView view = training.session(actor, uuid(id, "TRAINING_SESSION_NOT_FOUND"));
        List<Certificate> certificates = new ArrayList<>();
        for (Participant participant : view.participants()) {
            if (participant.attended()) {
                certificates.add(certificate(training.certificate(actor, participant.id())));
            }
        }
        model.addAttribute("certificates", certificates);
        model.addAttribute("view", view);
        return "training/certificates";
    }

    @GetMapping("/training/participants/{id}/certificate")
    String certificate(Actor actor, @PathVariable String id, Model model) {
        TrainingService.SessionView view = training.certificate(actor, uuid(id, "TRAINING_CERTIFICATE_NOT_FOUND"));
        model.addAttribute("certificates", List.of(certificate(view)));
        model.addAttribute("view", view);
        return "training/certificates";
    }

    @GetMapping("/training/follow-up")
    String followUp(Actor actor, @RequestParam(required = false) String topic,
                    @RequestParam(required = false) String profession, @RequestParam(required = false) String province,
                    Model model) {
        FieldProblems ignored = new FieldProblems();
        TrainingTopic chosenTopic = org.komar.shared.Enums.parse(TrainingTopic.class, topic, "topic", ignored,
                false);
        Profession chosenProfession = org.komar.shared.Enums.parse(Profession.class, profession, "profession",
                ignored, false);
        String chosenProvince = province == null || !province.matches("\\d{2}") ? null : province;
        if (!ignored.isEmpty()) {
            throw KomarException.invalid("MALFORMED_PARAMETER");
        }
        model.addAttribute("followUp", training.followUp(actor, chosenTopic, chosenProfession, chosenProvince));
        model.addAttribute("topics", TrainingTopic.values());
        model.addAttribute("professions", Profession.values());
        model.addAttribute("topic", chosenTopic);
        model.addAttribute("profession", chosenProfession);
        model.addAttribute("province", chosenProvince);
        return "training/follow-up";
    }

    /** A certificate's text in both languages, whatever the reader's language. */
    record Certificate(Participant participant, String numberKhmer, String number, String dateKhmer,
                       String dateEnglish, String title, String titleKhmer, String organiser, String organiserKhmer) {
    }

    private Certificate certificate(TrainingService.SessionView view) {
        Participant participant = view.participants().get(0);
        LocalDate date = view.session().date();
        var organiser = agencies.require(view.series().organiser());
        String number = participant.certificateNumber();
        return new Certificate(participant, number, number,
                khmerDigits(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("km-KH")).format(date)),
                DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH).format(date),
                view.session().title().en(), view.session().title().km(), organiser.nameLatin(),
                organiser.nameKhmer());
    }

    private static String khmerDigits(String text) {
        return text == null ? "" : text.chars().collect(StringBuilder::new, (b, c) -> b.append(khmerDigit(c)),
                StringBuilder::append).toString();
    }

    private static char khmerDigit(int c) {
        return c >= '0' && c <= '9' ? (char) ('០' + (c - '0')) : (char) c;
    }

    private String listPage(Actor actor, Model model, Map<String, String> values, FormErrors errors) {
        model.addAttribute("series", training.listSeries(actor));
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        return "training/list";
    }

    private String seriesPage(Actor actor, UUID id, Model model, Map<String, String> values, FormErrors errors,
                              Locale locale) {
        model.addAttribute("view", training.series(actor, id));
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        model.addAttribute("topics", TrainingTopic.values());
        model.addAttribute("languages", SessionLanguage.values());
        model.addAttribute("organisations", training.organisations(locale));
        return "training/series";
    }

    private String sessionPage(Actor actor, UUID id, Model model, Map<String, String> values, FormErrors errors,
                               Locale locale) {
        TrainingService.SessionView view = training.session(actor, id);
        model.addAttribute("view", view);
        model.addAttribute("organisation", view.session().organisation() == null ? null
                : agencies.find(view.session().organisation()).orElse(null));
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        model.addAttribute("sexes", ParticipantSex.values());
        model.addAttribute("ageGroups", AgeGroup.values());
        model.addAttribute("professions", Profession.values());
        model.addAttribute("organisations", training.organisations(locale));
        return "training/session";
    }

    private static SessionDetails sessionDetails(Map<String, String> form) {
        LocalDate date = null;
        String value = form.get("date");
        if (value != null && !value.isBlank()) {
            try {
                date = LocalDate.parse(value.strip());
            } catch (DateTimeParseException malformed) {
                new FieldProblems().add("date", "MALFORMED_DATE").throwIfAny();
            }
        }
        List<Session.Material> materials = new ArrayList<>();
        String lines = form.get("materials");
        for (String line : lines == null ? new String[0] : lines.split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            int bar = line.lastIndexOf('|');
            String title = bar < 0 ? line.strip() : line.substring(0, bar).strip();
            String url = bar < 0 ? line.strip() : line.substring(bar + 1).strip();
            materials.add(new Session.Material(title.isEmpty() ? url : title, url));
        }
        return new SessionDetails(form.get("titleEn"), form.get("titleKm"), form.get("topic"), form.get("speakers"),
                form.get("organisation"), form.get("language"), date, form.get("province"), form.get("venue"),
                materials);
    }

    private static UUID uuid(String value, String notFound) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException | NullPointerException malformed) {
            throw KomarException.notFound(notFound);
        }
    }
}
