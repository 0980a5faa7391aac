package org.komar.network;

/** What a coordinator enters for a person (sex {@code F}, {@code M} or empty). */
public record PersonDetails(String name, String nameKhmer, String positionTitle, String sex, String email,
                            String phone, boolean focal, boolean workingGroup, boolean emailGroup) {
}
