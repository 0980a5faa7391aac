package org.komar.child;

/** A parent, guardian or other adult responsible for the child, with how to reach them. */
public record Guardian(String name, GuardianRelationship relationship, String phone, String address) {
}
