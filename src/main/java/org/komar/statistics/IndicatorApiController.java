package org.komar.statistics;

import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.komar.access.Actor;
import org.komar.access.Permission;
import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The juvenile justice indicators over the API, for statisticians, dashboards elsewhere and national systems. */
@RestController
@RequestMapping("/api/v1/indicators")
@Tag(name = "Indicators")
class IndicatorApiController {

    private final StatisticsService statistics;
    private final MessageSource messages;
    private final java.time.Clock clock;

    IndicatorApiController(StatisticsService statistics, MessageSource messages, java.time.Clock clock) {
        this.statistics = statistics;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping
    @Operation(summary = "The 15 UNODC/UNICEF juvenile justice indicators and operational figures, disaggregated",
            description = "Flows count over from–to (whole days, Cambodia time), stocks at asOf (a date means the end "
                    + "of that day). For statisticians and administrators: national aggregates, never a name.")
    FiguresResource indicators(Actor actor, Locale locale,
                               @Parameter(description = "first day of the period, YYYY-MM-DD (default: 1 January)")
                               @RequestParam(required = false) String from,
                               @Parameter(description = "last day of the period, YYYY-MM-DD (default: today)")
                               @RequestParam(required = false) String to,
                               @Parameter(description = "census date (YYYY-MM-DD) or moment with offset")
                               @RequestParam(required = false) String asOf,
                               @Parameter(description = "breakdowns: comma-separated dimensions (sex, ageBand, "
                                       + "province, offenceClass, drug, disability, ethnicity, nationality, role), "
                                       + "two crossed with * (sex*province), or all")
                               @RequestParam(required = false) String by) {
        actor.require(Permission.STATISTICS_READ);
        Period period = Period.parse(from, to, asOf, clock);
        Figures figures = statistics.compute(actor, period, Breakdown.parse(by));
        return FiguresResource.of(figures, messages, locale);
    }
}
