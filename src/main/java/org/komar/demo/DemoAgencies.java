package org.komar.demo;

import java.util.List;

import org.komar.access.AgencyType;

/** The demonstration agencies: code, type, names in both languages, province. */
final class DemoAgencies {

    record Spec(String code, AgencyType type, String latin, String khmer, String province) {
    }

    static final List<Spec> ALL = List.of(
            new Spec("POL-12", AgencyType.POLICE_JUVENILE_UNIT, "Phnom Penh Juvenile Protection Police",
                    "នគរបាលការពារអនីតិជនរាជធានីភ្នំពេញ", "12"),
            new Spec("POL-17", AgencyType.POLICE_JUVENILE_UNIT, "Siem Reap Juvenile Protection Police",
                    "នគរបាលការពារអនីតិជនខេត្តសៀមរាប", "17"),
            new Spec("POL-01", AgencyType.POLICE_JUVENILE_UNIT, "Banteay Meanchey Juvenile Protection Police",
                    "នគរបាលការពារអនីតិជនខេត្តបន្ទាយមានជ័យ", "01"),
            new Spec("POL-02", AgencyType.POLICE_JUVENILE_UNIT, "Battambang Juvenile Protection Police",
                    "នគរបាលការពារអនីតិជនខេត្តបាត់ដំបង", "02"),
            new Spec("POL-08", AgencyType.POLICE_JUVENILE_UNIT, "Kandal Juvenile Protection Police",
                    "នគរបាលការពារអនីតិជនខេត្តកណ្តាល", "08"),
            new Spec("POL-03", AgencyType.POLICE_JUVENILE_UNIT, "Kampong Cham Juvenile Protection Police",
                    "នគរបាលការពារអនីតិជនខេត្តកំពង់ចាម", "03"),
            new Spec("PRO-12", AgencyType.PROSECUTION, "Phnom Penh Municipal Prosecution",
                    "អយ្យការអមសាលាដំបូងរាជធានីភ្នំពេញ", "12"),
            new Spec("PRO-17", AgencyType.PROSECUTION, "Siem Reap Provincial Prosecution",
                    "អយ្យការអមសាលាដំបូងខេត្តសៀមរាប", "17"),
            new Spec("CFI-12", AgencyType.COURT_OF_FIRST_INSTANCE, "Phnom Penh Municipal Court of First Instance",
                    "សាលាដំបូងរាជធានីភ្នំពេញ", "12"),
            new Spec("CFI-17", AgencyType.COURT_OF_FIRST_INSTANCE, "Siem Reap Provincial Court of First Instance",
                    "សាលាដំបូងខេត្តសៀមរាប", "17"),
            new Spec("CFI-01", AgencyType.COURT_OF_FIRST_INSTANCE,
                    "Banteay Meanchey Provincial Court of First Instance", "សាលាដំបូងខេត្តបន្ទាយមានជ័យ", "01"),
            new Spec("CA", AgencyType.COURT_OF_APPEAL, "Court of Appeal", "សាលាឧទ្ធរណ៍", "12"),
            new Spec("CC1", AgencyType.CORRECTION_CENTRE, "Correction Centre I (Prey Sar)",
                    "មណ្ឌលអប់រំកែប្រែទី១ (ព្រៃស)", "12"),
            new Spec("CC2", AgencyType.CORRECTION_CENTRE, "Correction Centre II (women and juveniles)",
                    "មណ្ឌលអប់រំកែប្រែទី២", "12"),
            new Spec("PRI-17", AgencyType.PRISON, "Siem Reap Provincial Prison", "ពន្ធនាគារខេត្តសៀមរាប", "17"),
            new Spec("PRI-01", AgencyType.PRISON, "Banteay Meanchey Provincial Prison",
                    "ពន្ធនាគារខេត្តបន្ទាយមានជ័យ", "01"),
            new Spec("PRI-02", AgencyType.PRISON, "Battambang Provincial Prison", "ពន្ធនាគារខេត្តបាត់ដំបង", "02"),
            new Spec("YRC-08", AgencyType.YOUTH_REHABILITATION_CENTRE, "Youth Rehabilitation Centre, Kandal",
                    "មណ្ឌលយុវនីតិសម្បទា ខេត្តកណ្តាល", "08"),
            new Spec("MOSVY", AgencyType.SOCIAL_AFFAIRS, "Ministry of Social Affairs, Veterans and Youth Rehabilitation",
                    "ក្រសួងសង្គមកិច្ច អតីតយុទ្ធជន និងយុវនីតិសម្បទា", null),
            new Spec("DOSVY-12", AgencyType.SOCIAL_AFFAIRS, "Phnom Penh Department of Social Affairs",
                    "មន្ទីរសង្គមកិច្ច អតីតយុទ្ធជន និងយុវនីតិសម្បទារាជធានីភ្នំពេញ", "12"),
            new Spec("DOSVY-17", AgencyType.SOCIAL_AFFAIRS, "Siem Reap Department of Social Affairs",
                    "មន្ទីរសង្គមកិច្ច អតីតយុទ្ធជន និងយុវនីតិសម្បទាខេត្តសៀមរាប", "17"),
            new Spec("DOSVY-01", AgencyType.SOCIAL_AFFAIRS, "Banteay Meanchey Department of Social Affairs",
                    "មន្ទីរសង្គមកិច្ច អតីតយុទ្ធជន និងយុវនីតិសម្បទាខេត្តបន្ទាយមានជ័យ", "01"),
            new Spec("PRO-01", AgencyType.PROSECUTION, "Banteay Meanchey Provincial Prosecution",
                    "អយ្យការអមសាលាដំបូងខេត្តបន្ទាយមានជ័យ", "01"),
            new Spec("PRO-02", AgencyType.PROSECUTION, "Battambang Provincial Prosecution",
                    "អយ្យការអមសាលាដំបូងខេត្តបាត់ដំបង", "02"),
            new Spec("PRO-08", AgencyType.PROSECUTION, "Kandal Provincial Prosecution",
                    "អយ្យការអមសាលាដំបូងខេត្តកណ្តាល", "08"),
            new Spec("PRO-03", AgencyType.PROSECUTION, "Kampong Cham Provincial Prosecution",
                    "អយ្យការអមសាលាដំបូងខេត្តកំពង់ចាម", "03"),
            new Spec("CFI-02", AgencyType.COURT_OF_FIRST_INSTANCE, "Battambang Provincial Court of First Instance",
                    "សាលាដំបូងខេត្តបាត់ដំបង", "02"),
            new Spec("CFI-08", AgencyType.COURT_OF_FIRST_INSTANCE, "Kandal Provincial Court of First Instance",
                    "សាលាដំបូងខេត្តកណ្តាល", "08"),
            new Spec("CFI-03", AgencyType.COURT_OF_FIRST_INSTANCE, "Kampong Cham Provincial Court of First Instance",
                    "សាលាដំបូងខេត្តកំពង់ចាម", "03"),
            new Spec("DOSVY-02", AgencyType.SOCIAL_AFFAIRS, "Battambang Department of Social Affairs",
                    "មន្ទីរសង្គមកិច្ច អតីតយុទ្ធជន និងយុវនីតិសម្បទាខេត្តបាត់ដំបង", "02"),
            new Spec("DOSVY-08", AgencyType.SOCIAL_AFFAIRS, "Kandal Department of Social Affairs",
                    "មន្ទីរសង្គមកិច្ច អតីតយុទ្ធជន និងយុវនីតិសម្បទាខេត្តកណ្តាល", "08"),
            new Spec("DOSVY-03", AgencyType.SOCIAL_AFFAIRS, "Kampong Cham Department of Social Affairs",
                    "មន្ទីរសង្គមកិច្ច អតីតយុទ្ធជន និងយុវនីតិសម្បទាខេត្តកំពង់ចាម", "03"),
            new Spec("PRI-03", AgencyType.PRISON, "Kampong Cham Provincial Prison", "ពន្ធនាគារខេត្តកំពង់ចាម", "03"),
            new Spec("LAC", AgencyType.LEGAL_AID, "Legal Aid of Cambodia", "ជំនួយផ្លូវច្បាប់នៃកម្ពុជា", "12"),
            new Spec("BAKC", AgencyType.LEGAL_AID, "Bar Association of the Kingdom of Cambodia",
                    "គណៈមេធាវីនៃព្រះរាជាណាចក្រកម្ពុជា", "12"),
            new Spec("THISLIFE", AgencyType.NGO, "This Life Cambodia", "អង្គការ ធីសឡាយ កម្ពុជា", "17"),
            new Spec("FRIENDS", AgencyType.NGO, "Friends-International", "អង្គការមិត្តសម្លាញ់", "12"),
            new Spec("CCHR", AgencyType.TRIAL_MONITORING, "Cambodian Center for Human Rights",
                    "មជ្ឈមណ្ឌលសិទ្ធិមនុស្សកម្ពុជា", "12"),
            new Spec("MOJ", AgencyType.MINISTRY, "Ministry of Justice", "ក្រសួងយុត្តិធម៌", null));

    /** Provinces with a full chain of agencies (police, prosecution, court, social affairs). */
    static final List<String> PROVINCES = List.of("12", "17", "01", "02", "08", "03");

    private DemoAgencies() {
    }
}
