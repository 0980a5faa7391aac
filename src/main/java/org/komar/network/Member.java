package org.komar.network;

import java.util.List;

import org.komar.access.Agency;

/** An organisation of the network: the agency, its profile and its current people (focal people first). */
public record Member(Agency agency, NetworkProfile profile, List<Person> people) {

    public Member {
        people = List.copyOf(people);
    }

    public List<Person> focalPeople() {
        return people.stream().filter(Person::focal).toList();
    }
}
