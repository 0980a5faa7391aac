package org.komar.child;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.komar.geo.GeoPicker;
import org.komar.shared.Enums;
import org.komar.shared.FieldProblems;

/** The registration and correction form, as submitted: every field a string, parsed in {@link #toDetails()}. */
public class ChildForm {

    private String nameLatin;
    private String nameKhmer;
    private String sex;
    private String birthDate;
    private String birthDatePrecision = "DAY";
    private String birthDateEvidence;
    private String residenceprovince;
    private String residencedistrict;
    private String residencecommune;
    private String residencevillage;
    private boolean disability;
    private String disabilityNote;
    private String ethnicity;
    private String nationality = "KH";
    private String languages = "km";
    private String guardianName;
    private String guardianRelationship;
    private String guardianPhone;
    private String guardianAddress;
    private boolean confirmNew;
    private Integer version;

    public static ChildForm of(Child child) {
        ChildForm form = new ChildForm();
        form.nameLatin = child.nameLatin();
        form.nameKhmer = child.nameKhmer();
        form.sex = child.sex().name();
        if (child.birthClaim() != null) {
            form.birthDate = child.birthClaim().date().toString();
            form.birthDatePrecision = child.birthClaim().precision().name();
            form.birthDateEvidence = child.birthClaim().evidence().name();
        }
        form.residencevillage = child.residence();
        form.disability = child.disability();
        form.disabilityNote = child.disabilityNote();
        form.ethnicity = child.ethnicity() == null ? null : child.ethnicity().name();
        form.nationality = child.nationality();
        form.languages = String.join(", ", child.languages());
        if (!child.guardians().isEmpty()) {
            Guardian guardian = child.guardians().get(0);
            form.guardianName = guardian.name();
            form.guardianRelationship = guardian.relationship().name();
            form.guardianPhone = guardian.phone();
            form.guardianAddress = guardian.address();
        }
        form.version = child.version();
        return form;
    }

    /** The chosen residence: the most precise level picked. */
    public String residence() {
        return GeoPicker.deepest(residenceprovince, residencedistrict, residencecommune, residencevillage);
    }

    public ChildDetails toDetails() {
        FieldProblems problems = new FieldProblems();
        LocalDate birth = ChildRequests.date(birthDate, "birthDate", problems);
        List<Guardian> guardians = new ArrayList<>();
        if (guardianName != null && !guardianName.isBlank()) {
            GuardianRelationship relationship = Enums.parse(GuardianRelationship.class, guardianRelationship,
                    "guardians[0].relationship", problems, false);
            guardians.add(new Guardian(guardianName, relationship, guardianPhone, guardianAddress));
        }
        problems.throwIfAny();
        List<String> languageCodes = languages == null ? List.of() : Arrays.stream(languages.split("[,\\s]+"))
                .filter(code -> !code.isBlank()).toList();
        return new ChildDetails(nameLatin, nameKhmer, sex, birth, birthDate == null || birthDate.isBlank() ? null
                : birthDatePrecision, birthDate == null || birthDate.isBlank() ? null : birthDateEvidence,
                residence(), disability, disabilityNote, blankToNull(ethnicity), nationality, languageCodes,
                guardians);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    public String getNameLatin() { return nameLatin; }
    public void setNameLatin(String nameLatin) { this.nameLatin = nameLatin; }
    public String getNameKhmer() { return nameKhmer; }
    public void setNameKhmer(String nameKhmer) { this.nameKhmer = nameKhmer; }
    public String getSex() { return sex; }
    public void setSex(String sex) { this.sex = sex; }
    public String getBirthDate() { return birthDate; }
    public void setBirthDate(String birthDate) { this.birthDate = birthDate; }
    public String getBirthDatePrecision() { return birthDatePrecision; }
    public void setBirthDatePrecision(String birthDatePrecision) { this.birthDatePrecision = birthDatePrecision; }
    public String getBirthDateEvidence() { return birthDateEvidence; }
    public void setBirthDateEvidence(String birthDateEvidence) { this.birthDateEvidence = birthDateEvidence; }
    public String getResidenceprovince() { return residenceprovince; }
    public void setResidenceprovince(String value) { this.residenceprovince = value; }
    public String getResidencedistrict() { return residencedistrict; }
    public void setResidencedistrict(String value) { this.residencedistrict = value; }
    public String getResidencecommune() { return residencecommune; }
    public void setResidencecommune(String value) { this.residencecommune = value; }
    public String getResidencevillage() { return residencevillage; }
    public void setResidencevillage(String value) { this.residencevillage = value; }
    public boolean isDisability() { return disability; }
    public void setDisability(boolean disability) { this.disability = disability; }
    public String getDisabilityNote() { return disabilityNote; }
    public void setDisabilityNote(String disabilityNote) { this.disabilityNote = disabilityNote; }
    public String getEthnicity() { return ethnicity; }
    public void setEthnicity(String ethnicity) { this.ethnicity = ethnicity; }
    public String getNationality() { return nationality; }
    public void setNationality(String nationality) { this.nationality = nationality; }
    public String getLanguages() { return languages; }
    public void setLanguages(String languages) { this.languages = languages; }
    public String getGuardianName() { return guardianName; }
    public void setGuardianName(String guardianName) { this.guardianName = guardianName; }
    public String getGuardianRelationship() { return guardianRelationship; }
    public void setGuardianRelationship(String value) { this.guardianRelationship = value; }
    public String getGuardianPhone() { return guardianPhone; }
    public void setGuardianPhone(String guardianPhone) { this.guardianPhone = guardianPhone; }
    public String getGuardianAddress() { return guardianAddress; }
    public void setGuardianAddress(String guardianAddress) { this.guardianAddress = guardianAddress; }
    public boolean isConfirmNew() { return confirmNew; }
    public void setConfirmNew(boolean confirmNew) { this.confirmNew = confirmNew; }
    public Integer getVersion() { return version; }
    public void setVersion(Integer version) { this.version = version; }
}
