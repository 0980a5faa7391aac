package org.komar.demo;

import java.util.List;

/** Common Cambodian family and given names in both scripts, for demonstration children. */
final class DemoNames {

    record Name(String latin, String khmer) {
    }

    static final List<Name> FAMILY = List.of(
            new Name("Sok", "សុខ"), new Name("Chan", "ចាន់"), new Name("Kim", "គឹម"), new Name("Heng", "ហេង"),
            new Name("Lim", "លឹម"), new Name("Ly", "លី"), new Name("Meas", "មាស"), new Name("Nhem", "ញឹម"),
            new Name("Pov", "ពៅ"), new Name("Seng", "សេង"), new Name("Touch", "ទូច"), new Name("Vann", "វ៉ាន់"),
            new Name("Keo", "កែវ"), new Name("Prak", "ប្រាក់"), new Name("Chea", "ជា"), new Name("Chhim", "ឈឹម"),
            new Name("Hun", "ហ៊ុន"), new Name("Um", "អ៊ុំ"), new Name("Yin", "យិន"), new Name("Sam", "សំ"));

    static final List<Name> BOYS = List.of(
            new Name("Dara", "ដារា"), new Name("Vuthy", "វុទ្ធី"), new Name("Rithy", "រិទ្ធី"),
            new Name("Piseth", "ពិសិដ្ឋ"), new Name("Visal", "វិសាល"), new Name("Kosal", "កុសល"),
            new Name("Rotha", "រដ្ឋា"), new Name("Sophal", "សុផល"), new Name("Veasna", "វាសនា"),
            new Name("Samnang", "សំណាង"), new Name("Theara", "ធារ៉ា"), new Name("Bora", "បូរ៉ា"),
            new Name("Socheat", "សុជាតិ"), new Name("Vanna", "វណ្ណា"), new Name("Chantha", "ចន្ថា"),
            new Name("Makara", "មករា"), new Name("Panha", "បញ្ញា"), new Name("Sovann", "សុវណ្ណ"));

    static final List<Name> GIRLS = List.of(
            new Name("Sophea", "សុភា"), new Name("Sokha", "សុខា"), new Name("Bopha", "បុប្ផា"),
            new Name("Chenda", "ចិន្តា"), new Name("Mony", "មុន្នី"), new Name("Nary", "ណារី"),
            new Name("Pisey", "ពិសី"), new Name("Sreymom", "ស្រីមុំ"), new Name("Channary", "ចាន់ណារី"),
            new Name("Dalin", "ដាលីន"));

    private DemoNames() {
    }
}
