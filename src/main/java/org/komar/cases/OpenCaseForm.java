package org.komar.cases;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.komar.geo.GeoPicker;
import org.komar.shared.FieldProblems;

/** The open-case form as submitted. */
public class OpenCaseForm {

    private String childId;
    private String role = "CONFLICT_WITH_LAW";
    private String offenceCode;
    private String offenceClass;
    private Boolean intentional = Boolean.TRUE;
    private Integer minPenaltyMonths;
    private Integer maxPenaltyMonths;
    private String offenceDate;
    private String placeprovince;
    private String placedistrict;
    private String placecommune;
    private String placevillage;

    OpenCase toOpenCase() {
        FieldProblems problems = new FieldProblems();
        LocalDate date = null;
        if (offenceDate != null && !offenceDate.isBlank()) {
            try {
                date = LocalDate.parse(offenceDate.strip());
            } catch (DateTimeParseException malformed) {
                problems.add("offenceDate", "MALFORMED_DATE");
            }
        }
        problems.throwIfAny();
        boolean offender = "CONFLICT_WITH_LAW".equals(role);
        return new OpenCase(childId, role, offender ? offenceCode : blankToNull(offenceCode),
                offender ? offenceClass : blankToNull(offenceClass), offender ? intentional : null,
                minPenaltyMonths, maxPenaltyMonths, date, place(), null, List.of());
    }

    String place() {
        return GeoPicker.deepest(placeprovince, placedistrict, placecommune, placevillage);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    public String getChildId() { return childId; }
    public void setChildId(String childId) { this.childId = childId; }
    public String getRole() { return role; }
    public void setRole(String role) { this.role = role; }
    public String getOffenceCode() { return offenceCode; }
    public void setOffenceCode(String offenceCode) { this.offenceCode = offenceCode; }
    public String getOffenceClass() { return offenceClass; }
    public void setOffenceClass(String offenceClass) { this.offenceClass = offenceClass; }
    public Boolean getIntentional() { return intentional; }
    public void setIntentional(Boolean intentional) { this.intentional = intentional; }
    public Integer getMinPenaltyMonths() { return minPenaltyMonths; }
    public void setMinPenaltyMonths(Integer value) { this.minPenaltyMonths = value; }
    public Integer getMaxPenaltyMonths() { return maxPenaltyMonths; }
    public void setMaxPenaltyMonths(Integer value) { this.maxPenaltyMonths = value; }
    public String getOffenceDate() { return offenceDate; }
    public void setOffenceDate(String offenceDate) { this.offenceDate = offenceDate; }
    public String getPlaceprovince() { return placeprovince; }
    public void setPlaceprovince(String value) { this.placeprovince = value; }
    public String getPlacedistrict() { return placedistrict; }
    public void setPlacedistrict(String value) { this.placedistrict = value; }
    public String getPlacecommune() { return placecommune; }
    public void setPlacecommune(String value) { this.placecommune = value; }
    public String getPlacevillage() { return placevillage; }
    public void setPlacevillage(String value) { this.placevillage = value; }
}
