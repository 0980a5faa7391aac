package org.komar.child;

import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/** A child in the API (contract shape of ARCHITECTURE.md, plus {@code id}, {@code version} and guardians). */
@Schema(name = "Child")
public record ChildResource(String id, Name name, String sex, String birthDate, String birthDatePrecision,
                            String birthDateEvidence, String residence, Boolean disability, String disabilityNote,
                            String ethnicity, String nationality, List<String> languages,
                            List<GuardianResource> guardians, Instant registeredAt, Integer version) {

    /** Names in Latin and Khmer script; at least one is required. */
    public record Name(String latin, String khmer) {
    }

    public record GuardianResource(String name, String relationship, String phone, String address) {
    }

    public static ChildResource of(Child child) {
        BirthDateClaim claim = child.birthClaim();
        return new ChildResource(child.id().toString(), new Name(child.nameLatin(), child.nameKhmer()),
                child.sex().name(), claim == null ? null : claim.date().toString(),
                claim == null ? null : claim.precision().name(), claim == null ? null : claim.evidence().name(),
                child.residence(), child.disability(), child.disabilityNote(),
                child.ethnicity() == null ? null : child.ethnicity().name(), child.nationality(), child.languages(),
                child.guardians().stream().map(g -> new GuardianResource(g.name(), g.relationship().name(),
                        g.phone(), g.address())).toList(), child.registeredAt(), child.version());
    }
}
