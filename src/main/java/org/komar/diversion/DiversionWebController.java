package org.komar.diversion;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.komar.access.Actor;
import org.komar.access.Permission;
import org.komar.cases.EventDescriber;
import org.komar.geo.Gazetteer;
import org.komar.i18n.Formats;
import org.komar.shared.CaseId;
import org.komar.shared.FieldProblems;
import org.komar.timeline.Choice;
import org.komar.timeline.EventType;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The diversion panel of the case page and the diversion register (page, print and CSV). */
@Controller
class DiversionWebController {

    /** The events a person records on a diversion, in the order of the procedure (links to the case's form). */
    static final List<EventType> ACTIONS = List.of(EventType.DIVERSION_CONSIDERED, EventType.DIVERSION_ORDERED,
            EventType.DIVERSION_PLAN_DECIDED, EventType.DIVERSION_MODIFICATION_REQUESTED,
            EventType.DIVERSION_MODIFICATION_DECIDED, EventType.DIVERSION_NONCOMPLIANCE_REPORTED,
            EventType.DIVERSION_HEARING_HELD, EventType.DIVERSION_COMPLETED, EventType.DIVERSION_FAILED);

    private final DiversionService diversions;
    private final DiversionPlans plans;
    private final Gazetteer gazetteer;
    private final EventDescriber events;
    private final Formats formats;
    private final MessageSource messages;

    DiversionWebController(DiversionService diversions, DiversionPlans plans, Gazetteer gazetteer,
                           EventDescriber events, Formats formats, MessageSource messages) {
        this.diversions = diversions;
        this.plans = plans;
        this.gazetteer = gazetteer;
        this.events = events;
        this.formats = formats;
        this.messages = messages;
    }

    @GetMapping("/cases/{id}/panels/diversion")
    String panel(Actor actor, @PathVariable String id, Model model) {
        CaseId caseId = CaseId.parse(id, "CASE_NOT_FOUND");
        DiversionService.CaseDiversion diversion = diversions.ofCase(actor, caseId);
        model.addAttribute("caseId", caseId);
        model.addAttribute("diversion", diversion);
        model.addAttribute("now", diversion.asOf());
        model.addAttribute("plans", plans.read(actor, caseId, null));
        model.addAttribute("actions", actor.has(Permission.EVENT_RECORD) ? ACTIONS.stream()
                .filter(type -> type.recordableByAnyOf(actor.roles())).toList() : List.of());
        return "diversion/panel :: panel";
    }

    @GetMapping("/diversion/register")
    String register(Actor actor, @RequestParam(required = false) String province,
                    @RequestParam(required = false) String status, @RequestParam(required = false) String stage,
                    @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                    @RequestParam(required = false) Integer page, Model model) {
        RegisterFilter filter = filter(province, status, stage, from, to, page);
        model.addAttribute("register", diversions.register(actor, filter, false));
        model.addAttribute("filter", filter);
        model.addAttribute("provinces", gazetteer.provinces());
        model.addAttribute("statuses", DiversionStatus.values());
        model.addAttribute("stages", Choice.DECIDER.options());
        return "diversion/register";
    }

    @GetMapping("/diversion/register.csv")
    void csv(Actor actor, @RequestParam(required = false) String province,
             @RequestParam(required = false) String status, @RequestParam(required = false) String stage,
             @RequestParam(required = false) String from, @RequestParam(required = false) String to,
             Locale locale, HttpServletResponse response) throws IOException {
        RegisterFilter filter = filter(province, status, stage, from, to, 0).forExport();
        DiversionService.Register register = diversions.register(actor, filter, true);
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"diversion-register"
                + (filter.province() == null ? "" : "-" + filter.province()) + ".csv\"");
        var out = response.getOutputStream();
        out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        try (CSVPrinter csv = new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8), CSVFormat.DEFAULT)) {
            csv.printRecord(Arrays.stream(new String[] {"case", "child", "province", "stage", "orderedOn", "measures",
                    "planDecidedOn", "planDue", "status", "nextDue", "endedOn"})
                    .map(column -> text("diversion.register.column." + column, locale)).toList());
            for (DiversionService.Entry entry : register.entries()) {
                csv.printRecord(row(entry, locale));
            }
        }
    }

    private List<String> row(DiversionService.Entry entry, Locale locale) {
        RegisterRow row = entry.row();
        DiversionHistory.Order order = entry.order();
        List<String> cells = new ArrayList<>();
        cells.add(row.caseNumber());
        cells.add(entry.child() == null ? "" : entry.child().displayName(locale));
        cells.add(gazetteer.provinceName(row.province(), locale));
        cells.add(row.orderedBy() == null ? "" : text("choice.DECIDER." + row.orderedBy(), locale));
        cells.add(formats.date(row.orderedAt()));
        cells.add(measures(row.measures(), locale));
        cells.add(formats.date(row.planDecidedAt()));
        cells.add(order == null ? "" : formats.date(order.planDue().orElse(null)));
        cells.add(text("diversion.status." + row.status(), locale));
        cells.add(order == null ? "" : formats.date(order.nextDue().orElse(null)));
        cells.add(formats.date(row.endedAt()));
        return cells;
    }

    /** The measures as the timeline shows them ("School attendance 6 months; Community service 40 hours"). */
    String measures(List<Map<String, Object>> measures, Locale locale) {
        return events.measures(measures, locale);
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }

    private static RegisterFilter filter(String province, String status, String stage, String from, String to,
                                         Integer page) {
        FieldProblems problems = new FieldProblems();
        LocalDate fromDay = problems.date("from", from, false);
        LocalDate toDay = problems.date("to", to, false);
        problems.throwIfAny();
        return new RegisterFilter(DiversionApiController.blank(province), DiversionApiController.blank(status),
                DiversionApiController.blank(stage), fromDay, toDay, page, 50);
    }
}
