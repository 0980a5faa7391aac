package org.komar.survey;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.komar.access.AgencyId;
import org.komar.access.UserId;
import org.komar.shared.Bilingual;

/** A small survey built in memory for the pure rules: a priority question "choose up to 2" with "other". */
final class SurveyExamples {

    static final Bilingual YES = new Bilingual("Yes", "បាទ/ចាស");
    static final Bilingual NO = new Bilingual("No", "ទេ");

    final Survey.Option diversion = option(1, "Diversion", "ការបង្វែរ", false);
    final Survey.Option courts = option(2, "Children's courts", "តុលាការកុមារ", false);
    final Survey.Option detention = option(3, "Detention conditions", "លក្ខខណ្ឌឃុំខ្លួន", false);
    final Survey.Option other = option(4, "Other", "ផ្សេងៗ", true);
    final Survey.Question priorities = new Survey.Question(UUID.randomUUID(), 1, QuestionKind.MULTIPLE,
            new Bilingual("Priorities", "អាទិភាព"), true, 2, List.of(diversion, courts, detention, other));
    final Survey.Option single1 = option(1, "Monthly", "ប្រចាំខែ", false);
    final Survey.Option single2 = option(2, "Quarterly", "ប្រចាំត្រីមាស", false);
    final Survey.Question frequency = new Survey.Question(UUID.randomUUID(), 2, QuestionKind.SINGLE,
            new Bilingual("How often?", "ញឹកញាប់ប៉ុណ្ណា?"), false, null, List.of(single1, single2));
    final Survey.Option yes = option(1, "Yes", "បាទ/ចាស", false);
    final Survey.Option no = option(2, "No", "ទេ", false);
    final Survey.Question member = new Survey.Question(UUID.randomUUID(), 3, QuestionKind.YES_NO,
            new Bilingual("Member?", "សមាជិក?"), false, null, List.of(yes, no));
    final Survey.Question comments = new Survey.Question(UUID.randomUUID(), 4, QuestionKind.TEXT,
            new Bilingual("Comments", "មតិ"), false, null, List.of());
    final Survey survey = new Survey(SurveyId.random(), new AgencyId(UUID.randomUUID()),
            new UserId(UUID.randomUUID()), Instant.parse("2026-03-01T02:00:00Z"), SurveyStatus.OPEN,
            new Bilingual("Priorities 2026", "អាទិភាព ២០២៦"), new Bilingual(null, null),
            List.of(new Survey.Group("ORG", new Bilingual("Organisations", "អង្គការ")),
                    new Survey.Group("CYN", new Bilingual("Child and youth-led networks", "បណ្តាញកុមារ និងយុវជន"))),
            List.of(priorities, frequency, member, comments), "token", Instant.parse("2026-03-01T02:00:00Z"),
            null, 1);

    static Survey.Option option(int position, String en, String km, boolean other) {
        return new Survey.Option(UUID.randomUUID(), position, new Bilingual(en, km), other);
    }

    static ResponseSubmission.Answer choose(Survey.Question question, Survey.Option... options) {
        return new ResponseSubmission.Answer(question.id().toString(),
                java.util.Arrays.stream(options).map(o -> o.id().toString()).toList(), null, null);
    }
}
