-- calendar: Cambodia's public holidays, kept by administrators (/admin/holidays). A removed holiday keeps its row.
CREATE TABLE public_holiday (
    id              UUID         PRIMARY KEY,
    holiday_date    DATE         NOT NULL,
    name_latin      VARCHAR(200) NOT NULL,
    name_khmer      VARCHAR(200) NOT NULL,
    source          VARCHAR(300),
    added_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    added_by        UUID,
    removed_at      TIMESTAMP WITH TIME ZONE,
    removed_by      UUID,
    removal_reason  VARCHAR(500)
);
CREATE INDEX public_holiday_date ON public_holiday (holiday_date);

-- Preloaded: the public holidays of 2026 and 2027.
-- 2026: Sub-decree of the Royal Government on public holidays for 2026, signed 5 September 2025, and the Ministry of
-- Labour and Vocational Training's Prakas No. 216/25. Fixed-date holidays follow the pattern of the published 2025
-- list (Prakas No. 218/24: 22 days, including Peace Day on 29 December). Dates of the lunar festivals (Visak
-- Bochea, Royal Ploughing, Pchum Ben, Water Festival) are projected from the Khmer lunisolar calendar and marked
-- "projected": an administrator checks them against the signed sub-decree and corrects them on /admin/holidays.
-- 2027: the sub-decree for 2027 is issued in the second half of 2026; until then every 2027 date is projected.
-- Where a holiday falls on a weekend it changes nothing here: weekends are never working days.
INSERT INTO public_holiday (id, holiday_date, name_latin, name_khmer, source, added_at) VALUES
('0b8e1c5a-2026-4000-8000-000000000101', DATE '2026-01-01', 'International New Year''s Day', 'ទិវាចូលឆ្នាំសកល', 'Sub-decree 2026; Prakas 216/25', TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00+00'),
('0b8e1c5a-2026-4000-8000-000000000107', DATE '2026-01-07', 'Victory over Genocide Day', 'ទិវាជ័យជម្នះលើរបបប្រល័យពូជសាសន៍', 'Sub-decree 2026; Prakas 216/25', TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00+00'),
('0b8e1c5a-2026-4000-8000-000000000308', DATE '2026-03-08', 'International Women''s Day', 'ទិវានារីអន្តរជាតិ', 'Sub-decree 2026; Prakas 216/25', TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00+00'),
('0b8e1c5a-2026-4000-8000-000000000414', DATE '2026-04-14', 'Khmer New Year', 'ពិធីបុណ្យចូលឆ្នាំថ្មីប្រពៃណីជាតិ', 'Sub-decree 2026; Prakas 216/25', TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00+00'),
('0b8e1c5a-2026-4000-8000-000000000415', DATE '2026-04-15', 'Khmer New Year', 'ពិធីបុណ្យចូលឆ្នាំថ្មីប្រពៃណីជាតិ', 'Sub-decree 2026; Prakas 216/25', TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00+00'),
('0b8e1c5a-2026-4000-8000-000000000416', DATE '2026-04-16', 'Khmer New Year', 'ពិធីបុណ្យចូលឆ្នាំថ្មីប្រពៃណីជាតិ', 'Sub-decree 2026; Prakas 216/25', TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00+00'),
('0b8e1c5a-2026-4000-8000-000000000501', DATE '2026-05-01', 'International Labour Day', 'ទិវាពលកម្មអន្តរជាតិ', 'Sub-decree 2026; Prakas 216/25', TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00+00'),
('0b8e1c5a-2026-4000-8000-000000000502', DATE '2026-05-01', 'Visak Bochea Day', 'ពិធីបុណ្យវិសាខបូជា', 'Sub-decree 2026 (projected)', TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00+00'),
('0b8e1c5a-2026-4000-8000-000000000505', DATE '2026-05-05', 'Royal Ploughing Ceremony', 'ព្រះរាជពិធីច្រត់ព្រះនង្គ័ល', 'Sub-decree 2026 (projected)', TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00+00'),
('0b8e1c5a-2026-4000-8000-000000000514', DATE '2026-05-14', 'King Norodom Sihamoni''s Birthday', 'ព្រះរាជពិធីបុណ្យចម្រើនព្រះជន្ម ព្រះករុណា ព្រះបាទសម្តេចព្រះបរមនាថ នរោត្តម សីហមុនី', 'Sub-decree 2026; Prakas 216/25', TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00+00'),
('0b8e1c5a-2026-4000-8000-000000000618', DATE '2026-06-18', 'Queen Mother Norodom Monineath Sihanouk''s Birthday', 'ព្រះរាជពិធីបុណ្យចម្រើនព្រះជន្ម សម្តេចព្រះមហាក្សត្រី នរោត្តម មុនិនាថ សីហនុ', 'Sub-decree 2026; Prakas 216/25', TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00+00'),
('0b8e1c5a-2026-4000-8000-000000000924', DATE '2026-09-24', 'Constitution Day', 'ទិវាប្រកាសរដ្ឋធម្មនុញ្ញ', 'Sub-decree 2026; Prakas 216/25', TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00+00'),
('0b8e1c5a-2026-4000-8000-000000001010', DATE '2026-10-10', 'Pchum Ben', 'ពិធីបុណ្យភ្ជុំបិណ្ឌ', 'Sub-decree 2026 (projected)', TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00+00'),
('0b8e1c5a-2026-4000-8000-000000001011', DATE '2026-10-11', 'Pchum Ben', 'ពិធីបុណ្យភ្ជុំបិណ្ឌ', 'Sub-decree 2026 (projected)', TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00+00'),
('0b8e1c5a-2026-4000-8000-000000001012', DATE '2026-10-12', 'Pchum Ben', 'ពិធីបុណ្យភ្ជុំបិណ្ឌ', 'Sub-decree 2026 (projected)', TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00+00'),
('0b8e1c5a-2026-4000-8000-000000001015', DATE '2026-10-15', 'Commemoration Day of King Father Norodom Sihanouk', 'ទិវាប្រារព្ធពិធីគោរពព្រះវិញ្ញាណក្ខន្ធ ព្រះករុណា ព្រះបាទសម្តេចព្រះ នរោត្តម សីហនុ', 'Sub-decree 2026; Prakas 216/25', TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00+00'),
('0b8e1c5a-2026-4000-8000-000000001029', DATE '2026-10-29', 'King Norodom Sihamoni''s Coronation Day', 'ព្រះរាជពិធីគ្រងព្រះបរមរាជសម្បត្តិ ព្រះករុណា ព្រះបាទសម្តេចព្រះបរមនាថ នរោត្តម សីហមុនី', 'Sub-decree 2026; Prakas 216/25', TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00+00'),
('0b8e1c5a-2026-4000-8000-000000001109', DATE '2026-11-09', 'Independence Day', 'ពិធីបុណ្យឯករាជ្យជាតិ', 'Sub-decree 2026; Prakas 216/25', TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00+00'),
('0b8e1c5a-2026-4000-8000-000000001123', DATE '2026-11-23', 'Water Festival', 'ព្រះរាជពិធីបុណ្យអុំទូក បណ្តែតប្រទីប និងសំពះព្រះខែ អកអំបុក', 'Sub-decree 2026 (projected)', TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00+00'),
('0b8e1c5a-2026-4000-8000-000000001124', DATE '2026-11-24', 'Water Festival', 'ព្រះរាជពិធីបុណ្យអុំទូក បណ្តែតប្រទីប និងសំពះព្រះខែ អកអំបុក', 'Sub-decree 2026 (projected)', TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00+00'),
('0b8e1c5a-2026-4000-8000-000000001125', DATE '2026-11-25', 'Water Festival', 'ព្រះរាជពិធីបុណ្យអុំទូក បណ្តែតប្រទីប និងសំពះព្រះខែ អកអំបុក', 'Sub-decree 2026 (projected)', TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00+00'),
('0b8e1c5a-2026-4000-8000-000000001229', DATE '2026-12-29', 'Peace Day', 'ទិវាសន្តិភាពនៅកម្ពុជា', 'Sub-decree 2026; Prakas 216/25', TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00+00'),
('0b8e1c5a-2027-4000-8000-000000000101', DATE '2027-01-01', 'International New Year''s Day', 'ទិវាចូលឆ្នាំសកល', 'Projected from the 2026 sub-decree', TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00+00'),
('0b8e1c5a-2027-4000-8000-000000000107', DATE '2027-01-07', 'Victory over Genocide Day', 'ទិវាជ័យជម្នះលើរបបប្រល័យពូជសាសន៍', 'Projected from the 2026 sub-decree', TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00+00'),
('0b8e1c5a-2027-4000-8000-000000000308', DATE '2027-03-08', 'International Women''s Day', 'ទិវានារីអន្តរជាតិ', 'Projected from the 2026 sub-decree', TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00+00'),
('0b8e1c5a-2027-4000-8000-000000000414', DATE '2027-04-14', 'Khmer New Year', 'ពិធីបុណ្យចូលឆ្នាំថ្មីប្រពៃណីជាតិ', 'Projected from the 2026 sub-decree', TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00+00'),
('0b8e1c5a-2027-4000-8000-000000000415', DATE '2027-04-15', 'Khmer New Year', 'ពិធីបុណ្យចូលឆ្នាំថ្មីប្រពៃណីជាតិ', 'Projected from the 2026 sub-decree', TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00+00'),
('0b8e1c5a-2027-4000-8000-000000000416', DATE '2027-04-16', 'Khmer New Year', 'ពិធីបុណ្យចូលឆ្នាំថ្មីប្រពៃណីជាតិ', 'Projected from the 2026 sub-decree', TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00+00'),
('0b8e1c5a-2027-4000-8000-000000000501', DATE '2027-05-01', 'International Labour Day', 'ទិវាពលកម្មអន្តរជាតិ', 'Projected from the 2026 sub-decree', TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00+00'),
('0b8e1c5a-2027-4000-8000-000000000514', DATE '2027-05-14', 'King Norodom Sihamoni''s Birthday', 'ព្រះរាជពិធីបុណ្យចម្រើនព្រះជន្ម ព្រះករុណា ព្រះបាទសម្តេចព្រះបរមនាថ នរោត្តម សីហមុនី', 'Projected from the 2026 sub-decree', TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00+00'),
('0b8e1c5a-2027-4000-8000-000000000520', DATE '2027-05-20', 'Visak Bochea Day', 'ពិធីបុណ្យវិសាខបូជា', 'Projected (lunar calendar)', TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00+00'),
('0b8e1c5a-2027-4000-8000-000000000524', DATE '2027-05-24', 'Royal Ploughing Ceremony', 'ព្រះរាជពិធីច្រត់ព្រះនង្គ័ល', 'Projected (lunar calendar)', TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00+00'),
('0b8e1c5a-2027-4000-8000-000000000618', DATE '2027-06-18', 'Queen Mother Norodom Monineath Sihanouk''s Birthday', 'ព្រះរាជពិធីបុណ្យចម្រើនព្រះជន្ម សម្តេចព្រះមហាក្សត្រី នរោត្តម មុនិនាថ សីហនុ', 'Projected from the 2026 sub-decree', TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00+00'),
('0b8e1c5a-2027-4000-8000-000000000924', DATE '2027-09-24', 'Constitution Day', 'ទិវាប្រកាសរដ្ឋធម្មនុញ្ញ', 'Projected from the 2026 sub-decree', TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00+00'),
('0b8e1c5a-2027-4000-8000-000000000929', DATE '2027-09-29', 'Pchum Ben', 'ពិធីបុណ្យភ្ជុំបិណ្ឌ', 'Projected (lunar calendar)', TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00+00'),
('0b8e1c5a-2027-4000-8000-000000000930', DATE '2027-09-30', 'Pchum Ben', 'ពិធីបុណ្យភ្ជុំបិណ្ឌ', 'Projected (lunar calendar)', TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00+00'),
('0b8e1c5a-2027-4000-8000-000000001001', DATE '2027-10-01', 'Pchum Ben', 'ពិធីបុណ្យភ្ជុំបិណ្ឌ', 'Projected (lunar calendar)', TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00+00'),
('0b8e1c5a-2027-4000-8000-000000001015', DATE '2027-10-15', 'Commemoration Day of King Father Norodom Sihanouk', 'ទិវាប្រារព្ធពិធីគោរពព្រះវិញ្ញាណក្ខន្ធ ព្រះករុណា ព្រះបាទសម្តេចព្រះ នរោត្តម សីហនុ', 'Projected from the 2026 sub-decree', TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00+00'),
('0b8e1c5a-2027-4000-8000-000000001029', DATE '2027-10-29', 'King Norodom Sihamoni''s Coronation Day', 'ព្រះរាជពិធីគ្រងព្រះបរមរាជសម្បត្តិ ព្រះករុណា ព្រះបាទសម្តេចព្រះបរមនាថ នរោត្តម សីហមុនី', 'Projected from the 2026 sub-decree', TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00+00'),
('0b8e1c5a-2027-4000-8000-000000001109', DATE '2027-11-09', 'Independence Day', 'ពិធីបុណ្យឯករាជ្យជាតិ', 'Projected from the 2026 sub-decree', TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00+00'),
('0b8e1c5a-2027-4000-8000-000000001113', DATE '2027-11-13', 'Water Festival', 'ព្រះរាជពិធីបុណ្យអុំទូក បណ្តែតប្រទីប និងសំពះព្រះខែ អកអំបុក', 'Projected (lunar calendar)', TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00+00'),
('0b8e1c5a-2027-4000-8000-000000001114', DATE '2027-11-14', 'Water Festival', 'ព្រះរាជពិធីបុណ្យអុំទូក បណ្តែតប្រទីប និងសំពះព្រះខែ អកអំបុក', 'Projected (lunar calendar)', TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00+00'),
('0b8e1c5a-2027-4000-8000-000000001115', DATE '2027-11-15', 'Water Festival', 'ព្រះរាជពិធីបុណ្យអុំទូក បណ្តែតប្រទីប និងសំពះព្រះខែ អកអំបុក', 'Projected (lunar calendar)', TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00+00'),
('0b8e1c5a-2027-4000-8000-000000001229', DATE '2027-12-29', 'Peace Day', 'ទិវាសន្តិភាពនៅកម្ពុជា', 'Projected from the 2026 sub-decree', TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00+00');
